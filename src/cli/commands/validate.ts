import { Command } from 'commander';
import { t } from '../../core/i18n/format';
import type { Language } from '../../core/i18n/messages';
import type { Period } from '../../core/periods';
import type { ValidationReport } from '../../core/validation';
import { memoryWorkbook } from '../../core/ports/memoryWorkbook';
import { checkWorkbook } from '../../core/usecases/checkWorkbook';
import { EXIT_DATA, EXIT_OK, EXIT_USAGE } from '../io';
import { readSheets } from '../files';
import { planOfBook } from '../loadPlan';
import { formatIssue } from '../messages';
import { resolveDate, resolvePeriod, resolveUnit } from '../planOptions';
import type { CommandContext } from './context';

interface ValidateOptions {
  readonly plan?: string;
  readonly period?: string;
  readonly unit?: string;
  readonly date?: string;
  readonly json?: boolean;
}

/**
 * `cchc validate BOOK [--period P] [--date D] [--json]`: every issue of a workbook by sheet and cell, judged as
 * of D (dates "after today", overdue standing items; default today), the day `report` and `consolidate --date`
 * take (try13m D7: the return copy and validate said different things). Exit 0 when it has no errors (warnings
 * allowed), 1 when it has errors, 2 when it cannot be read.
 */
export function validateCommand(ctx: CommandContext): Command {
  const { io, lang } = ctx;
  return new Command('validate')
    .description(t('cli.validate.description', {}, lang))
    .argument('<book>', t('cli.argument.book', {}, lang))
    .option('--period <period>', t('cli.option.periodCheck', {}, lang))
    .option('--unit <unit>', t('cli.option.unitOfTracker', {}, lang))
    .option('--plan <file>', t('cli.option.plan', {}, lang))
    .option('--date <date>', t('cli.option.checkDate', {}, lang))
    .option('--json', t('cli.option.json', {}, lang))
    .action(async (book: string, options: ValidateOptions) => {
      const sheets = await readSheets(ctx, book);
      if (!sheets) return ctx.exit(EXIT_USAGE);
      const loaded = await planOfBook(options.plan, book, sheets, io, lang);
      if ('exit' in loaded) return ctx.exit(loaded.exit);
      const { plan } = loaded;
      let period: Period | undefined;
      if (options.period !== undefined) {
        const resolved = resolvePeriod(ctx, plan, { period: options.period });
        if (!resolved) return;
        period = resolved;
      }
      let unit: string | undefined;
      if (options.unit !== undefined) {
        const found = resolveUnit(ctx, plan, options.unit);
        if (!found) return;
        unit = found.code;
      }
      const today = options.date === undefined ? io.today() : resolveDate(ctx, options.date);
      if (today === null) return;
      const { report } = await checkWorkbook(memoryWorkbook(sheets), {
        plan,
        today,
        file: book,
        ...(period ? { period } : {}),
        ...(unit ? { unit } : {}),
      });
      io.stdout(options.json ? `${JSON.stringify(validationJson(book, report, lang), null, 2)}\n` : validationText(book, report, lang));
      return ctx.exit(report.counts.error > 0 ? EXIT_DATA : EXIT_OK);
    });
}

export interface ValidationJson {
  readonly file: string;
  readonly counts: { readonly error: number; readonly warning: number };
  readonly issues: readonly { code: string; severity: string; sheet: string; cell: string | null; message: string }[];
}

export function validationJson(file: string, report: ValidationReport, lang: Language): ValidationJson {
  return {
    file,
    counts: { error: report.counts.error, warning: report.counts.warning },
    issues: report.issues.map((i) => ({
      code: i.code,
      severity: i.severity,
      sheet: i.where.sheet,
      cell: i.where.cell ?? null,
      message: t(i.code, i.params, lang),
    })),
  };
}

/** Issues grouped under their sheet, in the order the officer fixes them, then the totals. */
export function validationText(file: string, report: ValidationReport, lang: Language): string {
  const lines: string[] = [];
  let sheet: string | null = null;
  for (const found of report.issues) {
    if (found.where.sheet !== sheet) {
      sheet = found.where.sheet;
      const counts = report.bySheet[sheet] ?? { error: 0, warning: 0 };
      if (lines.length > 0) lines.push('');
      lines.push(t('cli.validate.sheet', { sheet, errors: counts.error, warnings: counts.warning }, lang));
    }
    lines.push(`  ${formatIssue(found, lang)}`);
  }
  if (lines.length > 0) lines.push('');
  const { error, warning } = report.counts;
  const key = error > 0 ? 'cli.validate.totalErrors' : warning > 0 ? 'cli.validate.totalWarnings' : 'cli.validate.clean';
  lines.push(t(key, { path: file, errors: error, warnings: warning }, lang));
  return `${lines.join('\n')}\n`;
}
