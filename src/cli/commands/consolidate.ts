import { resolve } from 'node:path';
import { Command } from 'commander';
import { consolidate } from '../../core/consolidate/consolidate';
import { consolidationWorkbook } from '../../core/usecases/consolidateUnits';
import type { ConsolidationOptions, ConsolidationResult, UnitFileInput } from '../../core/consolidate/types';
import { t } from '../../core/i18n/format';
import type { Plan } from '../../core/plan/types';
import { EXIT_OK, EXIT_USAGE } from '../io';
import { expandInputs, type InputLine } from '../inputs';
import { outputAllowed, writeOutput } from '../files';
import { loadPlan } from '../loadPlan';
import { fail } from '../messages';
import { resolveDate, resolvePeriod, resolveUnit } from '../planOptions';
import { problemInput, readUnitFile } from '../unitFiles';
import { consolidationBytes, consolidationJson, consolidationText } from './consolidateOutput';
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
    .option('--date <date>', t('cli.option.reportDate', {}, lang))
    .option('--number <number>', t('cli.option.number', {}, lang))
    .option('--plan <file>', t('cli.option.plan', {}, lang))
    .option('--force', t('cli.option.force', {}, lang))
    .action(async (files: string[], options: ConsolidateOptions) => {
      if (options.output !== undefined && !(await outputAllowed(ctx, options.output, options.force, [...files, options.plan]))) return;
      const loaded = await loadPlan(options.plan, io, lang);
      if ('exit' in loaded) return ctx.exit(loaded.exit);
      const { plan } = loaded;
      const period = resolvePeriod(ctx, plan, options);
      if (!period) return;
      const reportDate = options.date === undefined ? io.today() : resolveDate(ctx, options.date);
      if (reportDate === null) return;
      const inputs = await expandInputs(io, files);
      if (inputs.every((line) => line.kind === 'problem' && line.reason === 'notFound')) {
        for (const line of inputs) fail(io, lang, 'cli.error.notFound', { path: line.file });
        return ctx.exit(EXIT_USAGE);
      }
      const names = inputs.map((line) => line.file);
      const preferred = pairs(ctx, plan, names, options.prefer ?? [], 'unitFirst');
      const unitOfFile = pairs(ctx, plan, names, options.unitOf ?? [], 'fileFirst');
      if (!preferred || !unitOfFile) return;

      const result = await readAndConsolidate(ctx, plan, inputs, { period, today: io.today(), preferred, unitOfFile });

      if (options.output !== undefined) {
        const { layout } = consolidationWorkbook(plan, result, {
          reportDate,
          language: lang,
          ...(options.number === undefined ? {} : { documentNumber: options.number }),
        });
        const bytes = await consolidationBytes(layout);
        if (!(await writeOutput(ctx, options.output, bytes))) return;
      }
      if (options.json) io.stdout(`${JSON.stringify(consolidationJson(plan, result, lang))}\n`);
      else {
        io.stdout(consolidationText(plan, result, lang));
        if (options.output !== undefined) io.stdout(`${t('cli.consolidate.written', { path: options.output }, lang)}\n`);
      }
      return ctx.exit(EXIT_OK);
    });
}

/**
 * Reads every file and consolidates. Its own function so nothing keeps the sheets read reachable
 * while the output workbook is rendered (rendering, not reading, sets the peak: see
 * benchmarks/consolidate.cjs).
 */
async function readAndConsolidate(ctx: CommandContext, plan: Plan, lines: readonly InputLine[], options: ConsolidationOptions): Promise<ConsolidationResult> {
  const inputs: UnitFileInput[] = [];
  for (const line of lines) inputs.push(line.kind === 'file' ? await readUnitFile(ctx.io, line.file, ctx.lang) : problemInput(line, ctx.lang));
  return consolidate(plan, inputs, options);
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
