import { t } from '../core/i18n/format';
import type { Language } from '../core/i18n/messages';
import { GO_DAU_116 } from '../core/plan/goDau116';
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
