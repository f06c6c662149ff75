import { t } from '../core/i18n/format';
import type { Language } from '../core/i18n/messages';
import { GO_DAU_116 } from '../core/plan/goDau116';
import { PLAN_SHEET_ALIASES } from '../core/plan/planSheetFormat';
import type { RawSheet } from '../core/ports/workbookPort';
import { readStamp, STAMP_SHEET_NAME } from '../core/template/stamp';
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
 * data error (exit 1) with every issue listed, as for --plan. `quietWithoutSheet`: a workbook that
 * never carries a plan sheet (an office's own tracker, for adopt) uses the built-in plan unsaid.
 */
export async function planOfBook(
  file: string | undefined,
  book: string,
  sheets: readonly RawSheet[],
  io: CliIo,
  lang: Language,
  options: { readonly quietWithoutSheet?: boolean } = {},
): Promise<PlanLoad> {
  if (file !== undefined) return loadPlan(file, io, lang);
  if (!hasPlanSheet(sheets)) {
    if (options.quietWithoutSheet !== true) io.stderr(`${t('cli.plan.bookHasNone', { path: book, id: GO_DAU_116.identity.number }, lang)}\n`);
    return { plan: GO_DAU_116 };
  }
  const loaded = planFromSheets(sheets, book, io, lang);
  const stamp = readStamp(sheets);
  if ('plan' in loaded && stamp !== null && stamp.planId !== loaded.plan.identity.id) {
    io.stderr(`${t('cli.plan.stampOtherPlan', { path: book, stamped: stamp.planId, id: loaded.plan.identity.id }, lang)}\n`);
  }
  return loaded;
}

/** A workbook's plan sheet (under any of its names) and stamp, read alone: the other sheets are not inflated. */
async function planSheetsOf(io: CliIo, path: string): Promise<RawSheet[] | null> {
  const wanted = new Set([...PLAN_SHEET_ALIASES.map(foldForMatch), foldForMatch(STAMP_SHEET_NAME)]);
  try {
    const { readWorkbook } = await import('../xlsx/readWorkbook');
    return await readWorkbook(await io.readFile(path), { sheets: (name) => wanted.has(foldForMatch(name)) });
  } catch {
    // Not readable here: the command says so when it reads the file for its rows.
    return null;
  }
}

const hasPlanSheet = (sheets: readonly RawSheet[]): boolean => {
  const wanted = new Set(PLAN_SHEET_ALIASES.map(foldForMatch));
  return sheets.some((s) => wanted.has(foldForMatch(s.name)));
};

/**
 * The plan of a consolidation when no --plan is given (issue 13: the plan sheet a tracker carries
 * is the plan by default; a plan missing, or files that disagree, are said on stderr):
 * 1. the district workbook `--map` names, when it is a workbook with a plan sheet: the consolidating
 *    office's own workbook, where its officer edits the plan; the pane's Tổng hợp likewise
 *    consolidates under the plan of the (district) workbook open in Excel;
 * 2. else the plan sheet the units' files carry (every tracker the add-in makes carries one): the
 *    plan most of them carry, by id and revision; on a tie the higher revision (the officer's later
 *    edit), said with what each plan is carried by; a file whose plan sheet has errors is not counted;
 * 3. else the built-in plan, said.
 * Only the plan sheet and the stamp of each file are read here (not its rows), so the first pass
 * costs each file's zip directory and its small plan sheet; an unreadable file is left to the
 * consolidation to report. `file` (--plan) overrides all of this.
 */
export async function planOfRound(file: string | undefined, map: string | undefined, units: readonly string[], io: CliIo, lang: Language): Promise<PlanLoad> {
  if (file !== undefined) return loadPlan(file, io, lang);
  // A mapping file is a workbook or JSON (told apart by its bytes, as mapFile.ts does): JSON reads as no sheets here.
  if (map !== undefined) {
    const sheets = await planSheetsOf(io, map);
    if (sheets !== null && hasPlanSheet(sheets)) return planOfBook(undefined, map, sheets, io, lang);
  }
  const carried = new Map<string, { plan: Plan; files: number }>();
  let invalid = 0;
  for (const unit of units) {
    const sheets = await planSheetsOf(io, unit);
    if (sheets === null || !hasPlanSheet(sheets)) continue;
    const { plan } = readPlanFromSheets(sheets);
    if (plan === null) {
      invalid += 1;
      continue;
    }
    const key = `${plan.identity.id}\u0000${plan.identity.revision}`;
    carried.set(key, { plan, files: (carried.get(key)?.files ?? 0) + 1 });
  }
  const ranked = [...carried.values()].sort((a, b) => b.files - a.files || b.plan.identity.revision - a.plan.identity.revision);
  const [chosen, ...others] = ranked;
  if (chosen === undefined) {
    // Files that carry a plan sheet with errors are not "files without one": say which it is, so the officer checks the sheet.
    const key = invalid > 0 ? 'cli.plan.unitsCarryInvalid' : 'cli.plan.unitsCarryNone';
    io.stderr(`${t(key, { id: GO_DAU_116.identity.number, files: invalid }, lang)}\n`);
    return { plan: GO_DAU_116 };
  }
  // A clear majority is used unsaid (each file of another plan is named in the result, as made for another plan); a tie is said.
  if (others[0] !== undefined && others[0].files === chosen.files) {
    const name = (plan: Plan): string => t('cli.plan.named', { id: plan.identity.id, revision: plan.identity.revision }, lang);
    const list = ranked.map((o) => t('cli.plan.carriedBy', { plan: name(o.plan), files: o.files }, lang)).join('; ');
    io.stderr(`${t('cli.plan.unitsDisagree', { carried: list, plan: name(chosen.plan) }, lang)}\n`);
  }
  return { plan: chosen.plan };
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
