import type { Plan, TargetMeasure, Unit } from '../../core/plan/types';
import type { RawSheet } from '../../core/ports/workbookPort';
import { readStamp } from '../../core/template/stamp';
import { Command } from 'commander';
import { t } from '../../core/i18n/format';
import type { ReportData } from '../../core/report';
import { memoryWorkbook } from '../../core/ports/memoryWorkbook';
import { sheetReport, wordReport, type ReportInputs, type ReportRefusal } from '../../core/usecases/writeReport';
import { EXIT_DATA, EXIT_OK, EXIT_USAGE } from '../io';
import { outputAllowed, readSheets, writeOutput } from '../files';
import { withProgress } from '../progress';
import { planOfBook } from '../loadPlan';
import { fail } from '../messages';
import { resolveDate, resolvePeriod, resolveUnit } from '../planOptions';
import type { CommandContext } from './context';

interface ReportOptions {
  readonly period?: string;
  readonly output?: string;
  readonly json?: boolean;
  readonly plan?: string;
  readonly unit?: string;
  readonly date?: string;
  readonly number?: string;
  readonly force?: boolean;
}

/**
 * `cchc report BOOK --period P -o FILE [--json]`: the period report of a unit from its workbook, or
 * the district report from a district workbook; FILE.xlsx holds it as a sheet, FILE.docx is the Word
 * document (Nghị định 30/2020 form). The unit is the workbook's stamp unless --unit
 * names one (an adopted tracker has no stamp).
 */
export function reportCommand(ctx: CommandContext): Command {
  const { io, lang } = ctx;
  return new Command('report')
    .description(t('cli.report.description', {}, lang))
    .argument('<book>', t('cli.argument.book', {}, lang))
    .option('--period <period>', t('cli.option.period', {}, lang))
    .option('-o, --output <file>', t('cli.option.reportOutput', {}, lang))
    .option('--json', t('cli.option.reportJson', {}, lang))
    .option('--unit <unit>', t('cli.option.reportUnit', {}, lang))
    .option('--date <date>', t('cli.option.reportDate', {}, lang))
    .option('--number <number>', t('cli.option.number', {}, lang))
    .option('--plan <file>', t('cli.option.plan', {}, lang))
    .option('--force', t('cli.option.force', {}, lang))
    .action(async (book: string, options: ReportOptions) => {
      if (options.output === undefined && !options.json) {
        fail(io, lang, 'cli.report.nothingToWrite');
        return ctx.exit(EXIT_USAGE);
      }
      if (options.output !== undefined && !(await outputAllowed(ctx, options.output, options.force, [book, options.plan]))) return;
      // A 20,000-row tracker's report takes seconds: said on a terminal (progress.ts), never with --json.
      const { ctx: live, progress } = withProgress(ctx, options);
      progress.say('cli.progress.readingOne', { file: book });
      const sheets = await readSheets(live, book);
      if (!sheets) return ctx.exit(EXIT_USAGE);
      progress.done();
      const loaded = await planOfBook(options.plan, book, sheets, io, lang);
      if ('exit' in loaded) return ctx.exit(loaded.exit);
      const { plan } = loaded;
      const chosen = options.unit === undefined ? undefined : resolveUnit(ctx, plan, options.unit);
      if (chosen === null) return;
      // Whose report it is decides the default period (that unit's reporting duty): --unit, the stamp's unit, else the reporting body.
      const period = resolvePeriod(ctx, plan, options, chosen ?? reporterOf(plan, sheets));
      if (!period) return;
      const reportDate = options.date === undefined ? io.today() : resolveDate(ctx, options.date);
      if (reportDate === null) return;

      const inputs: ReportInputs = {
        plan,
        period,
        today: io.today(),
        reportDate,
        language: lang,
        ...(chosen ? { unit: chosen } : {}),
        ...(options.number === undefined ? {} : { documentNumber: options.number }),
      };
      const workbook = memoryWorkbook(sheets);
      const refused = (refusal: ReportRefusal): void => {
        if (refusal.reason === 'otherPlan') fail(io, lang, 'cli.report.otherPlan', { path: book, planId: refusal.planId, id: refusal.id });
        // A stamp naming a unit this plan lacks says no more than no stamp at all: --unit answers both.
        else fail(io, lang, 'cli.report.whoseWorkbook', { path: book });
        ctx.exit(refusal.reason === 'otherPlan' ? EXIT_DATA : EXIT_USAGE);
      };
      // A workbook with data errors still gets its report, said on stderr, and the run exits 1 (EXIT_DATA) as validate does:
      // README's exit codes, and a script cannot take a report over rows left out for a clean one (verdict13).
      let errorsFound = 0;
      const warnErrors = (errors: number): void => {
        errorsFound = errors;
        if (errors > 0) io.stderr(`${t('cli.report.hasErrors', { path: book, errors }, lang)}\n`);
      };
      const finished = (): void => ctx.exit(errorsFound > 0 ? EXIT_DATA : EXIT_OK);
      // The output's extension picks the form: .docx is the Word document an officer edits and signs.
      if (options.output !== undefined && /\.docx$/i.test(options.output)) {
        progress.say('cli.progress.checking', { file: book });
        const outcome = await wordReport(workbook, inputs);
        progress.done();
        if (!outcome.ok) return refused(outcome.refusal);
        warnErrors(outcome.source.errors);
        const { document } = outcome;
        progress.say('cli.progress.writing', { path: options.output });
        const { reportDocxBytes } = await import('../../docx');
        const written = await writeOutput(live, options.output, await reportDocxBytes(document));
        progress.done();
        if (!written) return;
        if (options.json) io.stdout(`${JSON.stringify(reportJson(document.data), null, 2)}\n`);
        else io.stdout(`${t('report.word.written', { path: options.output, period: document.data.period.label }, lang)}\n`);
        return finished();
      }
      progress.say('cli.progress.checking', { file: book });
      const outcome = await sheetReport(workbook, inputs);
      progress.done();
      if (!outcome.ok) return refused(outcome.refusal);
      warnErrors(outcome.source.errors);
      const { report } = outcome;
      if (options.output !== undefined) {
        progress.say('cli.progress.writing', { path: options.output });
        const { renderToBuffer } = await import('../../xlsx/renderWorkbook');
        const written = await writeOutput(live, options.output, await renderToBuffer({ sheets: [report.layout], definedNames: [] }));
        progress.done();
        if (!written) return;
      }
      if (options.json) io.stdout(`${JSON.stringify(reportJson(report.data), null, 2)}\n`);
      else if (options.output !== undefined) {
        io.stdout(`${t('cli.report.written', { path: options.output, sheet: report.data.sheetName, period: report.data.period.label }, lang)}\n`);
      }
      return finished();
    });
}

export interface ReportJson {
  readonly period: { kind: string; from: string; to: string; label: string };
  readonly unit: { code: string; name: string } | null;
  readonly sheet: string;
  readonly targets: readonly {
    id: string;
    min: number;
    achieved: number;
    yearToDate: number;
    state: 'met' | 'notMet' | 'contributes' | 'notJudged' | 'running' | 'unreported';
    notReportedBy?: string[];
    measure?: TargetMeasure;
    perUnitMinimum?: number;
    perUnitPartial?: true;
    units?: { met: number; of: number; notReported?: number };
    periods?: { met: number; of: number };
    endedAchieved?: number;
    runningPart?: { from: string; to: string; achieved: number };
  }[];
}

/**
 * The report's counts: `achieved` in the period, `yearToDate` from the plan year's start, state against the minimum;
 * `measure` ('minutes' | 'quantity' | 'amount') when they are minutes, things or whole đồng rather than outputs (issue 13).
 * The targets are exactly those the sheet and Word reports show (ReportTargetRow.applies: PHÂN CÔNG gives them to
 * the unit, or to everyone); in a unit's report a plan-wide target is its contribution
 * ("Đóng góp"), state 'contributes', never judged met or not; in a report for a period the unit took no part
 * in, its own targets are 'notJudged'; a cadence target none of whose periods has ended by the report's date is
 * 'running' (the sheet's "Đang thực hiện"). A per-unit target in the district report has `min` summed over the units
 * judged, `perUnitMinimum` each unit's and `units` how many met it ("k/n đơn vị đạt"); a cadence target `periods`
 * ("k/n kỳ đạt"), as the sheet report prints them, both for a per-unit cadence target, as `consolidate --json` gives them
 * (issue 13, fifth tester, finding 13); `units.notReported` counts the units concerned that sent no file, judged on nothing
 * (sixth tester, D1). `achieved` is the whole period's count, the tables' "Trong kỳ"; with some periods ended and some not,
 * `min`, `endedAchieved` and `periods` are over the ended ones and `runningPart` gives the rest, from its first day, with its
 * count so far: achieved = endedAchieved + runningPart.achieved (sixth tester, D3). A target none of whose units (PHÂN CÔNG)
 * sent a file is 'unreported', as `consolidate` and TH Tiến độ say "Chưa báo cáo"; `notReportedBy` names the codes of the
 * units it is given to that sent none (progress/periodVerdicts, verdict13).
 */
export function reportJson(data: ReportData): ReportJson {
  return {
    period: { kind: data.period.kind, from: data.period.from, to: data.period.to, label: data.period.label },
    unit: data.scope.kind === 'unit' ? { code: data.scope.unitCode, name: data.scope.unitName } : null,
    sheet: data.sheetName,
    targets: data.targets
      .filter((row) => row.applies)
      .map((row) => ({
        id: row.id,
        min: row.minimum,
        achieved: row.inPeriod,
        yearToDate: row.yearToDate,
        state: row.notJudged
          ? 'notJudged'
          : row.unreported === true
            ? 'unreported'
            : !row.graded
              ? 'contributes'
              : row.running
                ? 'running'
                : row.met
                  ? 'met'
                  : 'notMet',
        ...(row.notReportedBy === undefined ? {} : { notReportedBy: [...row.notReportedBy] }),
        ...(row.measure === undefined ? {} : { measure: row.measure }),
        ...(row.perUnitMinimum === undefined ? {} : { perUnitMinimum: row.perUnitMinimum }),
        ...(row.perUnitPartial === true ? { perUnitPartial: true as const } : {}),
        ...(row.unitsMet === undefined || !row.graded ? {} : { units: { ...row.unitsMet } }),
        ...(row.slices === undefined || !row.graded || row.running || row.unreported === true ? {} : { periods: { met: row.slices.met, of: row.slices.of } }),
        ...(row.endedAchieved === undefined || !row.graded || row.unreported === true ? {} : { endedAchieved: row.endedAchieved }),
        ...(row.runningPart === undefined || !row.graded || row.unreported === true ? {} : { runningPart: { ...row.runningPart } }),
      })),
  };
}

/** The unit a workbook's stamp names, or the plan's reporting body for a district workbook; undefined when neither is known. */
function reporterOf(plan: Plan, sheets: readonly RawSheet[]): Unit | undefined {
  const stamp = readStamp(sheets);
  const code = stamp?.kind === 'unit' ? stamp.unitCode : plan.reportingBody;
  return plan.units.find((unit) => unit.code === code);
}
