import { t } from '../core/i18n/format';
import type { Language } from '../core/i18n/messages';
import { GO_DAU_116 } from '../core/plan/goDau116';
import { PLAN_SHEET_ALIASES } from '../core/plan/planSheetFormat';
import type { RawSheet } from '../core/ports/workbookPort';
import { readStamp } from '../core/template/stamp';
import { foldForMatch } from '../core/text/fold';
import type { Plan } from '../core/plan/types';
import { EXIT_DATA, EXIT_USAGE, type CliIo, type ExitCode } from './io';
import { fail, formatIssue, unreadableMessage } from './messages';
import { readPlanFromSheets } from './planSheet';

export type PlanLoad = { readonly plan: Plan } | { readonly exit: ExitCode };

/**
 * The built-in 116/KH-UBND plan, or the plan in FILE's plan sheet. Unreadable files are usage
 * errors (exit 2); a readable file whose plan sheet has errors is a data error (exit 1), with
 * every issue listed by sheet and cell. Warnings go to stderr and the plan is used.
 */
export async function loadPlan(file: string | undefined, io: CliIo, lang: Language): Promise<PlanLoad> {
  if (file === undefined) return { plan: GO_DAU_116 };
  let sheets;
  try {
    // exceljs takes most of a second to load; only commands that touch a workbook pay for it
    const { readWorkbook } = await import('../xlsx/readWorkbook');
    sheets = await readWorkbook(await io.readFile(file));
  } catch (error) {
    io.stderr(`${t('cli.error.prefix', {}, lang)} ${unreadableMessage(error, file, lang)}\n`);
    return { exit: EXIT_USAGE };
  }
  return planFromSheets(sheets, file, io, lang);
}

/**
 * The plan a tracker works under when no --plan is given: the plan sheet the tracker carries (what
 * the officer edits), said on stderr when its stamp names another plan; without a plan sheet, the
 * built-in plan, said as well. `--plan FILE` (`file`) overrides both. A plan sheet with errors is a
 * data error (exit 1) with every issue listed, as for --plan.
 */
export async function planOfBook(file: string | undefined, book: string, sheets: readonly RawSheet[], io: CliIo, lang: Language): Promise<PlanLoad> {
  if (file !== undefined) return loadPlan(file, io, lang);
  const wanted = new Set(PLAN_SHEET_ALIASES.map(foldForMatch));
  if (!sheets.some((s) => wanted.has(foldForMatch(s.name)))) {
    io.stderr(`${t('cli.plan.bookHasNone', { path: book, id: GO_DAU_116.identity.number }, lang)}\n`);
    return { plan: GO_DAU_116 };
  }
  const loaded = planFromSheets(sheets, book, io, lang);
  const stamp = readStamp(sheets);
  if ('plan' in loaded && stamp !== null && stamp.planId !== loaded.plan.identity.id) {
    io.stderr(`${t('cli.plan.stampOtherPlan', { path: book, stamped: stamp.planId, id: loaded.plan.identity.id }, lang)}\n`);
  }
  return loaded;
}

function planFromSheets(sheets: readonly RawSheet[], file: string, io: CliIo, lang: Language): PlanLoad {
  const { plan, issues } = readPlanFromSheets(sheets);
  const errors = issues.filter((i) => i.severity === 'error').length;
  if (!plan || errors > 0) {
    fail(io, lang, 'cli.plan.invalid', { path: file, errors, warnings: issues.length - errors });
    for (const issue of issues) io.stderr(`  ${formatIssue(issue, lang)}\n`);
    return { exit: EXIT_DATA };
  }
  if (issues.length > 0) {
    io.stderr(`${t('cli.plan.warnings', { warnings: issues.length }, lang)}\n`);
    for (const issue of issues) io.stderr(`  ${formatIssue(issue, lang)}\n`);
  }
  return { plan };
}
