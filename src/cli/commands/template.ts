import { Command } from 'commander';
import { t } from '../../core/i18n/format';
import type { Plan, Unit } from '../../core/plan/types';
import { memoryWorkbook } from '../../core/ports/memoryWorkbook';
import type { RawSheet } from '../../core/ports/workbookPort';
import type { WorkbookKind } from '../../core/template/stamp';
import { makeTracker } from '../../core/usecases/makeTracker';
import { EXIT_OK, EXIT_USAGE } from '../io';
import { outputAllowed, readSheets, writeOutput } from '../files';
import { loadPlan, planOfBook } from '../loadPlan';
import { fail } from '../messages';
import { resolveUnit, unitList } from '../planOptions';
import type { CommandContext } from './context';

interface TemplateOptions {
  readonly unit?: string;
  readonly plan?: string;
  readonly district?: boolean;
  readonly output: string;
  readonly upgrade?: string;
  readonly force?: boolean;
}

/**
 * `cchc template --unit UNIT -o FILE [--district] [--upgrade EXISTING] [--plan FILE]`: a unit's (or
 * the district's) tracking workbook. --upgrade carries every row entered in an earlier workbook
 * into the new one, written to -o; the earlier file is only read.
 */
export function templateCommand(ctx: CommandContext): Command {
  const { io, lang } = ctx;
  return new Command('template')
    .description(t('cli.template.description', {}, lang))
    .option('--unit <unit>', t('cli.option.unit', {}, lang))
    .option('--district', t('cli.option.district', {}, lang))
    .requiredOption('-o, --output <file>', t('cli.option.output', {}, lang))
    .option('--upgrade <file>', t('cli.option.upgrade', {}, lang))
    .option('--plan <file>', t('cli.option.plan', {}, lang))
    .option('--force', t('cli.option.force', {}, lang))
    .action(async (options: TemplateOptions) => {
      if (!(await outputAllowed(ctx, options.output, options.force, [options.plan, options.upgrade]))) return;
      // A bad --plan is said before the earlier workbook is read, as a plan error (exit 1).
      const given = options.plan === undefined ? undefined : await loadPlan(options.plan, io, lang);
      if (given !== undefined && 'exit' in given) return ctx.exit(given.exit);
      let sheets: RawSheet[] = [];
      if (options.upgrade !== undefined) {
        const read = await readSheets(ctx, options.upgrade);
        if (!read) return ctx.exit(EXIT_USAGE);
        sheets = read;
      }
      // An upgrade keeps the plan the earlier workbook carries (its plan sheet, as the officer edited it) unless --plan names another.
      const loaded =
        given ?? (options.upgrade === undefined ? await loadPlan(undefined, io, lang) : await planOfBook(undefined, options.upgrade, sheets, io, lang));
      if ('exit' in loaded) return ctx.exit(loaded.exit);
      const { plan } = loaded;
      const kind: WorkbookKind = options.district ? 'district' : 'unit';
      const unit = chooseUnit(ctx, plan, kind, options.unit);
      if (!unit) return;

      // A new file: the earlier workbook is only read, so none of its sheets can be replaced.
      const outcome = await makeTracker(memoryWorkbook(sheets), { plan, kind, unit, today: io.today(), inPlace: false });
      if (!outcome.ok) return ctx.exit(EXIT_USAGE); // not reached: a new file replaces no sheet
      const { layout, kept, notes } = outcome;
      if (notes.otherOwner)
        io.stderr(`${t('cli.template.otherOwner', { path: options.upgrade ?? '', unit: notes.otherOwner.unit, chosen: unit.name }, lang)}\n`);
      if (notes.otherPlan)
        io.stderr(`${t('cli.template.otherPlan', { path: options.upgrade ?? '', planId: notes.otherPlan.planId, id: plan.identity.id }, lang)}\n`);

      const { renderToBuffer } = await import('../../xlsx/renderWorkbook');
      if (!(await writeOutput(ctx, options.output, await renderToBuffer(layout)))) return;
      const message = kind === 'district' ? 'cli.template.writtenDistrict' : 'cli.template.written';
      io.stdout(`${t(message, { unit: unit.name, path: options.output, id: plan.identity.id, sheets: layout.sheets.length }, lang)}\n`);
      if (options.upgrade !== undefined) {
        io.stdout(
          `${t('cli.template.kept', { path: options.upgrade, rows: kept.total, outputs: kept.outputs, standing: kept.standing, spending: kept.spending }, lang)}\n`,
        );
      }
      return ctx.exit(EXIT_OK);
    });
}

/**
 * The workbook's owner. A district workbook belongs to the unit that consolidates (the plan's
 * reporting body, Phòng Nội vụ in 116/KH-UBND; else the first reporting duty's unit) unless --unit says otherwise.
 */
function chooseUnit(ctx: CommandContext, plan: Plan, kind: WorkbookKind, text: string | undefined): Unit | null {
  if (text !== undefined) return resolveUnit(ctx, plan, text);
  const reporter = plan.units.find((u) => u.code === (plan.reportingBody ?? plan.reportingDuties[0]?.from));
  if (kind === 'district' && reporter) return reporter;
  fail(ctx.io, ctx.lang, 'cli.error.unitRequired');
  ctx.io.stderr(unitList(ctx, plan));
  ctx.exit(EXIT_USAGE);
  return null;
}
