import { resolve } from 'node:path';
import { Command } from 'commander';
import { consolidateExamined, examine, withoutSheets, type ExaminedFile } from '../../core/consolidate/consolidate';
import { createLabelResolver } from '../../core/reader/labels';
import { CONSOLIDATION_SHEETS } from '../../core/consolidate/consolidationSheetNames';
import { consolidationChoices } from '../../core/decisions/decisionChoices';
import { fileReference, mergeDecisions, namesFile } from '../../core/decisions/mergeDecisions';
import type { Decision } from '../../core/decisions/types';
import { issue, type Issue } from '../../core/issues';
import type { Language } from '../../core/i18n/messages';
import type { MapDecisions } from './mapFile';
import type { ConsolidationOptions, ConsolidationResult } from '../../core/consolidate/types';
import { t } from '../../core/i18n/format';
import type { IsoDate, Plan } from '../../core/plan/types';
import { EXIT_DATA, EXIT_OK, EXIT_USAGE } from '../io';
import { gatherInputs, skippedText, withoutFile, type InputLine } from '../inputs';
import { skippedInWords } from '../../core/usecases/skippedInWords';
import { outputAllowed, writeOutput } from '../files';
import { planOfRound } from '../loadPlan';
import { fail, formatIssue } from '../messages';
import { resolveDate, resolvePeriod, resolveUnit } from '../planOptions';
import { problemInput, readUnitFile } from '../unitFiles';
import { examineInPool } from '../examineFiles';
import { startReadPool } from '../readPool';
import { withProgress, type Progress } from '../progress';
import type { Period } from '../../core/periods';
import type { KeptReviews } from '../../core/review/readReviewStates';
import { formatReportDate } from '../../core/periods';
import { reminders } from '../../core/review/reminders';
import { fileReviews, type OfficerReview } from '../../core/review/reviewStates';
import { consolidationBytes, consolidationJson, consolidationText, roundText } from './consolidateOutput';
import type { CommandContext } from './context';

interface ConsolidateOptions {
  readonly plan?: string;
  readonly period?: string;
  readonly from?: string;
  readonly to?: string;
  readonly output?: string;
  readonly json?: boolean;
  readonly prefer?: readonly string[];
  readonly unitOf?: readonly string[];
  readonly date?: string;
  readonly number?: string;
  readonly force?: boolean;
  readonly map?: string;
  readonly writeMap?: string;
  readonly returnDir?: string;
}

/** Repeatable options; no default value, so commander prints no English "(default: [])" in the help. */
const collect = (value: string, previous: readonly string[] | undefined): string[] => [...(previous ?? []), value];

/**
 * `cchc consolidate FILE|FOLDER|PATTERN... [--period P | --from D --to D] [-o FILE] [--json]`:
 * every unit's workbook into one set of records. Folders and patterns are expanded here (see
 * inputs.ts). A path that cannot be read is a line in the result, not a failure; exit 2 only for
 * bad usage or when no path given names anything. The run exits 0 even when files were
 * rejected: the summary (or JSON) says which and why.
 */
export function consolidateCommand(ctx: CommandContext): Command {
  const { io, lang } = ctx;
  return new Command('consolidate')
    .description(t('cli.consolidate.description', {}, lang))
    .argument('<files...>', t('cli.argument.files', {}, lang))
    .option('--period <period>', t('cli.option.period', {}, lang))
    .option('--from <date>', t('cli.option.from', {}, lang))
    .option('--to <date>', t('cli.option.to', {}, lang))
    .option('-o, --output <file>', t('cli.option.consolidateOutput', {}, lang))
    .option('--json', t('cli.option.consolidateJson', {}, lang))
    .option('--prefer <unit=file>', t('cli.option.prefer', {}, lang), collect)
    .option('--unit-of <file=unit>', t('cli.option.unitOf', {}, lang), collect)
    .option('--date <date>', t('cli.option.roundDate', {}, lang))
    .option('--number <number>', t('cli.option.number', {}, lang))
    .option('--plan <file>', t('cli.option.plan', {}, lang))
    .option('--map <file>', t('cli.option.consolidateMap', {}, lang))
    .option('--write-map <file>', t('cli.option.consolidateWriteMap', {}, lang))
    .option('--return-dir <folder>', t('cli.option.returnDir', {}, lang))
    .option('--force', t('cli.option.force', {}, lang))
    .action(async (files: string[], options: ConsolidateOptions) => {
      // The district workbook is a workbook: an -o named .docx or .pdf would be an .xlsx under the wrong name (tester, issue 13).
      if (options.output !== undefined && !/\.xlsx$/iu.test(options.output)) {
        fail(io, lang, 'cli.consolidate.outputNotXlsx', { path: options.output });
        return ctx.exit(EXIT_USAGE);
      }
      for (const output of [options.output, options.writeMap]) {
        if (output !== undefined && !(await outputAllowed(ctx, output, options.force, [...files, options.plan, options.map]))) return;
      }
      const gathered = await gatherInputs(io, files);
      // The plan workbook kept in the units' folder ("don-vi/ke-hoach.xlsx" beside their files) is no unit's tracker:
      // listed as not read, not as a file whose unit is unknown (issue 11's eleventh tester).
      const { lines: inputs, skipped } = options.plan === undefined ? gathered : await withoutFile(io, gathered, options.plan, 'plan');
      if (inputs.every((line) => line.kind === 'problem' && line.reason === 'notFound')) {
        for (const line of inputs) fail(io, lang, 'cli.error.notFound', { path: line.file });
        return ctx.exit(EXIT_USAGE);
      }
      // Without --plan: the district workbook's plan sheet (--map), else the one the units' files carry (loadPlan.ts planOfRound).
      const unitFiles = inputs.flatMap((line) => (line.kind === 'file' ? [line.file] : []));
      const loaded = await planOfRound(options.plan, options.map, unitFiles, io, lang);
      if ('exit' in loaded) return ctx.exit(loaded.exit);
      const { plan } = loaded;
      // The consolidating body's own reporting duty sets the default period (core unitReportFrequency).
      const period = resolvePeriod(
        ctx,
        plan,
        options,
        plan.units.find((unit) => unit.code === plan.reportingBody),
      );
      if (!period) return;
      const reportDate = options.date === undefined ? io.today() : resolveDate(ctx, options.date);
      if (reportDate === null) return;
      const names = inputs.map((line) => line.file);
      const preferred = pairs(ctx, plan, names, options.prefer ?? [], 'unitFirst');
      const unitOfFile = pairs(ctx, plan, names, options.unitOf ?? [], 'fileFirst');
      if (!preferred || !unitOfFile) return;
      const today = io.today();
      const decided = await mapDecisions(ctx, plan, options, names, today);
      if (!decided) return;
      // --unit-of is a decision like the others: kept in the workbook written, so the next run needs no flag.
      const unitDecisions = [...unitOfFile].map(([file, unit]): Decision => ({
        kind: 'fileUnit',
        seen: fileReference(file, names),
        meaning: unit,
        file: null,
        decidedOn: today,
      }));
      const decisions = mergeDecisions(decided.kept, [...decided.added, ...unitDecisions]);
      const perFile = consolidationChoices(decisions, names);

      // The review states of a district workbook given by --map, when it was written for the same period (issue 15):
      // a file marked "Trả lại" there is listed but not counted.
      const { reviews: officer, issues: reviewIssues } = await keptReviews(ctx, decided, period);
      // From here on, what is written through `live` erases the progress line first.
      const { ctx: live, progress } = withProgress(ctx, options);
      const { result: read, proposed } = await readAndConsolidate(
        live,
        plan,
        inputs,
        {
          period,
          today,
          reportDate,
          preferred,
          unitOfFile: new Map([...perFile.unitOfFile, ...unitOfFile]),
          choicesOfFile: perFile.choicesOfFile,
          reviews: officer,
        },
        options.writeMap !== undefined,
        progress,
      );
      // Targets are judged as of the report's date (--date), as the report written beside them is: run on 01/12 for a
      // report of 30/11, TH Tiến độ said "đang thực hiện từ ngày 01/12" of a monthly target the report had judged whole (verdict13).
      const result = { ...read, today: reportDate };

      if (options.writeMap !== undefined) {
        // A file whose unit is still unknown gets "unit": null, for the officer to fill in.
        const openUnits = result.files
          .filter((f) => f.reason === 'unknownUnit')
          .map((f): Decision => ({ kind: 'fileUnit', seen: fileReference(f.file, names), meaning: null, file: null, decidedOn: today }));
        const written = mergeDecisions([...proposed, ...openUnits], decisions);
        const open = written.filter((d) => d.meaning === null && (d.kind === 'fileUnit' || d.kind === 'channel' || d.kind === 'unitLabel')).length;
        const { decisionsToMappingFile } = await import('../../core/adopt/mappingFile');
        const json = `${JSON.stringify(decisionsToMappingFile(written), null, 2)}\n`;
        if (!(await writeOutput(ctx, options.writeMap, new TextEncoder().encode(json)))) return;
        // Nothing to decide writes "{}": said as such, with where an officer changes how one file is read (try13m D9).
        const empty = written.length === 0;
        if (!options.json) io.stdout(`${t(empty ? 'cli.consolidate.mapEmpty' : 'cli.consolidate.mapWritten', { path: options.writeMap, open }, lang)}\n`);
      }
      const reviews = fileReviews(result, officer);
      if (options.output !== undefined) {
        const { consolidationWorkbook, withDecisionsSheet, withPlanSheet } = await import('../../core/usecases/consolidateUnits');
        const { layout } = consolidationWorkbook(plan, result, {
          reviews,
          reportDate,
          language: lang,
          // The sheets are Vietnamese whatever the CLI's language: the reasons too.
          skipped: skippedInWords(skipped, 'vi'),
          ...(options.number === undefined ? {} : { documentNumber: options.number }),
        });
        progress.say('cli.progress.writing', { path: options.output });
        const bytes = await consolidationBytes(withPlanSheet(plan, withDecisionsSheet(plan, layout, decisions)));
        const written = await writeOutput(live, options.output, bytes);
        progress.done();
        if (!written) return;
      }
      // Copies for the units to fix (issue 15): written after the district's outputs, never over a file read or written by this run.
      if (options.returnDir !== undefined) progress.say('cli.progress.returnCopies', { folder: options.returnDir });
      // What only -o, --return-dir, --map and --write-map use is loaded when asked for (issue 11: a --json run loads less).
      const copies = options.returnDir === undefined ? null : await import('../returnCopies');
      const returned =
        options.returnDir === undefined || copies === null
          ? null
          : await copies.writeReturnCopies(live, options.returnDir, plan, result, {
              reviewer: copies.returnReviewer(plan),
              checkedOn: reportDate,
              sources: [...names, ...[options.plan, options.map, options.output, options.writeMap].filter((p): p is string => p !== undefined)],
              force: options.force === true,
              reviews,
            });
      progress.done();
      if (options.json) {
        // The kept review cells that could not be read (tester, issue 15: said on stderr only, a script saw nothing).
        const round = {
          reviews,
          reviewIssues: reviewIssues.map((i) => issueJson(i, lang)),
          reminders: reminders(plan, result, { today: reportDate, reviews }),
        };
        io.stdout(
          `${JSON.stringify({ ...consolidationJson(plan, result, lang), ...round, skipped: skippedInWords(skipped, lang), ...(returned === null ? {} : { returned }) })}\n`,
        );
      } else {
        io.stdout(consolidationText(plan, result, lang));
        io.stdout(skippedText(skipped, lang));
        io.stdout(roundText(plan, reviews, reminders(plan, result, { today: reportDate, reviews }), lang));
        if (options.output !== undefined) io.stdout(`${t('cli.consolidate.written', { path: options.output }, lang)}\n`);
        if (returned !== null && copies !== null && options.returnDir !== undefined) io.stdout(copies.returnedText(plan, options.returnDir, returned, lang));
      }
      for (const problem of returned?.problems ?? []) fail(io, lang, 'cli.return.problem', { source: problem.source, message: problem.message });
      // A copy that could not be written is a refused write, as for -o (exit 2); the consolidation itself stands.
      return ctx.exit((returned?.problems.length ?? 0) > 0 ? EXIT_USAGE : EXIT_OK);
    });
}

/**
 * Reads every file and consolidates. Its own function so nothing keeps the sheets read reachable
 * while the output workbook is rendered (rendering, not reading, sets the peak: see
 * benchmarks/consolidate.cjs). With `propose`, what each file leaves unsettled is gathered while
 * its sheets are at hand (for --write-map).
 */
async function readAndConsolidate(
  ctx: CommandContext,
  plan: Plan,
  lines: readonly InputLine[],
  options: ConsolidationOptions,
  propose: boolean,
  progress: Progress,
): Promise<{ result: ConsolidationResult; proposed: Decision[] }> {
  // Without --write-map nothing needs the sheets once a file is examined: worker threads read and examine (readPool.ts).
  const pool = propose ? null : startReadPool({ plan, options, lang: ctx.lang }, lines.length);
  if (pool !== null) {
    const say = (done: number, file: string): void => progress.say('cli.progress.reading', { done, total: lines.length, file });
    const examined = await examineInPool(ctx.io, ctx.lang, plan, lines, options, pool, say).finally(() => pool.close());
    progress.say('cli.progress.consolidating', { files: examined.length });
    const result = consolidateExamined(plan, examined, options);
    progress.done();
    return { result, proposed: mergeDecisions([], []) };
  }
  // Each file examined as soon as it is read and kept without its cells (withoutSheets): one file's
  // cells alive at a time, not all of them until the merge (issue 11: less for the collector to copy).
  const examined: ExaminedFile[] = [];
  const labels = createLabelResolver(plan);
  const proposed: Decision[] = [];
  const today = ctx.io.today();
  const names = lines.map((line) => line.file);
  const proposeDecisions = propose ? (await import('../../core/decisions/proposeDecisions')).proposeDecisions : null;
  for (const [index, line] of lines.entries()) {
    progress.say('cli.progress.reading', { done: index + 1, total: lines.length, file: line.file });
    const input = line.kind === 'file' ? await readUnitFile(ctx.io, line.file, ctx.lang) : problemInput(line, ctx.lang);
    if (proposeDecisions !== null && input.sheets)
      proposed.push(...proposeDecisions(plan, input.file, input.sheets, options.choicesOfFile?.get(input.file) ?? {}, today, fileReference(input.file, names)));
    examined.push(withoutSheets(examine(plan, input, options, labels)));
  }
  progress.say('cli.progress.consolidating', { files: examined.length });
  const result = consolidateExamined(plan, examined, options);
  // The officer's next sight is the summary, or the write's own line: nothing of this one is left behind.
  progress.done();
  return { result, proposed: mergeDecisions([], proposed) };
}

/**
 * The decisions of --map (none without it), after listing their issues on stderr; undefined (and
 * the exit set) when the file cannot be read or has errors: a run with half the officer's
 * decisions would give other figures than the officer expects. A file named in the map but not
 * given is a warning.
 */
async function mapDecisions(
  ctx: CommandContext,
  plan: Plan,
  options: ConsolidateOptions,
  names: readonly string[],
  today: IsoDate,
): Promise<MapDecisions | undefined> {
  if (options.map === undefined) return { kept: [], added: [], issues: [] };
  const { readMapDecisions } = await import('./mapFile');
  const read = await readMapDecisions(ctx, plan, options.map, today);
  if (!read) {
    ctx.exit(EXIT_USAGE);
    return undefined;
  }
  const strangers = [...new Set(read.added.map((d) => (d.kind === 'fileUnit' ? d.seen : d.file)).filter((f): f is string => f !== null))].filter(
    (f) => !names.some((name) => namesFile(f, name)),
  );
  const issues = [...read.issues, ...strangers.map((f) => issue('adopt.map.unknownFile', 'warning', { sheet: options.map ?? '' }, { value: f }))];
  const errors = issues.filter((i) => i.severity === 'error').length;
  if (issues.length > 0) {
    ctx.io.stderr(`${t('cli.adopt.mapIssues', { path: options.map, errors, warnings: issues.length - errors }, ctx.lang)}\n`);
    for (const found of issues)
      ctx.io.stderr(`  ${formatIssue(found.where.sheet === 'mapping.json' ? { ...found, where: { sheet: options.map } } : found, ctx.lang)}\n`);
  }
  if (errors > 0) {
    ctx.exit(EXIT_DATA);
    return undefined;
  }
  const count = read.kept.length + read.added.length;
  if (!options.json)
    ctx.io.stdout(`${t(count === 0 ? 'cli.consolidate.decisionsNone' : 'cli.consolidate.decisionsRead', { count, path: options.map }, ctx.lang)}\n`);
  return read;
}

/**
 * The officer's reviews kept in the --map district workbook, when its unit list sheet was written for
 * `period` (a new period starts clean), and the issues of its review cells, said on stderr and
 * returned for --json: a state that is no state decides nothing (its row is proposed again, its words
 * and note written back, core fileReviews): one typo does not stop the round.
 */
async function keptReviews(
  ctx: CommandContext,
  decided: MapDecisions,
  period: Period,
): Promise<{ reviews: readonly OfficerReview[]; issues: readonly Issue[] }> {
  const kept = decided.reviews;
  if (kept === undefined) return { reviews: [], issues: [] };
  const { carriedReviews, keptForPeriod } = await import('../../core/review/readReviewStates');
  // Reviews of another period are not carried: one line says so and why, rather than nothing.
  const carried = carriedReviews(kept, period);
  const other = notCarried(kept, period, carried);
  // A cell that is no state matters only in the period its sheet was written for (tester, issue 15).
  const issues = [...(keptForPeriod(kept, period) ? kept.issues : []), ...(other === null ? [] : [other])];
  for (const found of issues) ctx.io.stderr(`${formatIssue(found, ctx.lang)}\n`);
  return { reviews: carried, issues };
}

/** An issue of a review cell for --json: where (sheet, cell), how bad, its code, and the message in the run's language. */
function issueJson(found: Issue, lang: Language): { sheet: string; cell: string | null; severity: Issue['severity']; code: string; message: string } {
  return { sheet: found.where.sheet, cell: found.where.cell ?? null, severity: found.severity, code: found.code, message: t(found.code, found.params, lang) };
}

/**
 * --prefer UNIT=FILE and --unit-of FILE=UNIT as unit code → file / file → unit code maps. The
 * file must be one of those given (compared as paths); the unit is written as people write it.
 */
function pairs(
  ctx: CommandContext,
  plan: Plan,
  files: readonly string[],
  values: readonly string[],
  order: 'unitFirst' | 'fileFirst',
): Map<string, string> | null {
  const map = new Map<string, string>();
  for (const value of values) {
    const at = value.indexOf('=');
    const [left, right] = at < 0 ? [value, ''] : [value.slice(0, at).trim(), value.slice(at + 1).trim()];
    const [unitText, fileText] = order === 'unitFirst' ? [left, right] : [right, left];
    if (at < 0 || unitText === '' || fileText === '') {
      fail(ctx.io, ctx.lang, order === 'unitFirst' ? 'cli.consolidate.badPrefer' : 'cli.consolidate.badUnitOf', { value });
      ctx.exit(EXIT_USAGE);
      return null;
    }
    const file = files.find((f) => f === fileText) ?? files.find((f) => resolve(f) === resolve(fileText));
    if (file === undefined) {
      fail(ctx.io, ctx.lang, 'cli.consolidate.fileNotGiven', { path: fileText });
      ctx.exit(EXIT_USAGE);
      return null;
    }
    const unit = resolveUnit(ctx, plan, unitText);
    if (!unit) return null;
    if (order === 'unitFirst') map.set(unit.code, file);
    else map.set(file, unit.code);
  }
  return map;
}

/**
 * The one line that says the kept reviews were not carried, and why (tester, issue 15: they were
 * dropped silently): a warning at the sheet's title, with how many states and both periods' days;
 * null when some are carried (`carried`, the ones that are) or there are none. Said by the CLI only: the pane's list shows the
 * chosen period's states and says nothing of another's (keptRound).
 * @returns cli.consolidate.reviewsNotCarried (warning, TH Đơn vị!A1)
 */
function notCarried(kept: KeptReviews, period: Period, carried: readonly OfficerReview[]): Issue | null {
  // Words that are no state were no decision: not counted among the states left behind.
  const decided = kept.reviews.filter((r) => r.unreadable === undefined).length;
  if (decided === 0 || carried.length > 0) return null;
  const day = (iso: IsoDate): string => formatReportDate(iso, 'vi');
  const sheetDays = kept.period === null ? '?' : `${day(kept.period.from)} – ${day(kept.period.to)}`;
  return issue(
    'cli.consolidate.reviewsNotCarried',
    'warning',
    { sheet: CONSOLIDATION_SHEETS.units, cell: 'A1' },
    { count: decided, sheetDays, days: `${day(period.from)} – ${day(period.to)}` },
  );
}
