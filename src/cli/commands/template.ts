import { Command } from 'commander';
import { t } from '../../core/i18n/format';
import type { Plan, Unit } from '../../core/plan/types';
import type { RawSheet } from '../../core/ports/workbookPort';
import type { WorkbookKind } from '../../core/template/stamp';
import { EXIT_OK, EXIT_USAGE } from '../io';
import { outputAllowed, readSheets, writeOutput } from '../files';
import { loadPlan, planOfBook } from '../loadPlan';
import { fail } from '../messages';
import { resolveUnit, unitList } from '../planOptions';
import type { CommandContext } from './context';
import { renderTracker, writeAllTrackers } from './templateAll';

interface TemplateOptions {
  readonly unit?: string;
  readonly plan?: string;
  readonly district?: boolean;
  readonly consolidating?: boolean;
  readonly output?: string;
  readonly allUnits?: boolean;
  readonly outDir?: string;
  readonly upgrade?: string;
  readonly force?: boolean;
}

/**
 * `cchc template --unit UNIT -o FILE [--consolidating] [--upgrade EXISTING] [--plan FILE]`: a unit's (or
 * the consolidating office's) tracking workbook. --upgrade carries every row entered in an earlier
 * workbook into the new one, written to -o; the earlier file is only read. `--district` is the
 * older name of --consolidating (the 2018 plan's Phòng Nội vụ of a district; since 1 July 2025 it is
 * a commune's Văn phòng HĐND và UBND or a province's Sở Nội vụ), kept working.
 * `cchc template --all-units --out-dir DIR [--plan FILE] [--force]`: every unit's tracker in one run
 * (templateAll.ts), through the same renderTracker.
 */
export function templateCommand(ctx: CommandContext): Command {
  const { io, lang } = ctx;
  return new Command('template')
    .description(t('cli.template.description', {}, lang))
    .option('--unit <unit>', t('cli.option.unit', {}, lang))
    .option('--all-units', t('cli.option.allUnits', {}, lang))
    .option('--out-dir <folder>', t('cli.option.outDir', {}, lang))
    .option('--consolidating', t('cli.option.consolidating', {}, lang))
    .option('--district', t('cli.option.district', {}, lang))
    .option('-o, --output <file>', t('cli.option.output', {}, lang))
    .option('--upgrade <file>', t('cli.option.upgrade', {}, lang))
    .option('--plan <file>', t('cli.option.plan', {}, lang))
    .option('--force', t('cli.option.force', {}, lang))
    .action(async (options: TemplateOptions) => {
      if (options.allUnits) return allUnits(ctx, options);
      if (options.outDir !== undefined) return usage(ctx, 'cli.template.error.onlyWithAllUnits', '--out-dir');
      if (options.output === undefined) return usage(ctx, 'cli.error.missingOption', '-o, --output <file>');
      const output = options.output;
      if (!(await outputAllowed(ctx, output, options.force, [options.plan, options.upgrade]))) return;
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
      const kind: WorkbookKind = options.district || options.consolidating ? 'district' : 'unit';
      const unit = chooseUnit(ctx, plan, kind, options.unit);
      if (!unit) return;

      const tracker = await renderTracker(plan, kind, unit, io.today(), sheets);
      if (tracker === null) return ctx.exit(EXIT_USAGE); // not reached: a new file replaces no sheet
      const { layout, kept, notes } = tracker;
      if (notes.otherOwner)
        io.stderr(`${t('cli.template.otherOwner', { path: options.upgrade ?? '', unit: notes.otherOwner.unit, chosen: unit.name }, lang)}\n`);
      if (notes.otherPlan)
        io.stderr(`${t('cli.template.otherPlan', { path: options.upgrade ?? '', planId: notes.otherPlan.planId, id: plan.identity.id }, lang)}\n`);

      if (!(await writeOutput(ctx, output, tracker.bytes))) return;
      const message = kind === 'district' ? 'cli.template.writtenDistrict' : 'cli.template.written';
      io.stdout(`${t(message, { unit: unit.name, path: output, id: plan.identity.id, sheets: layout.sheets.length }, lang)}\n`);
      if (options.upgrade !== undefined) {
        io.stdout(
          `${t('cli.template.kept', { path: options.upgrade, rows: kept.total, outputs: kept.outputs, standing: kept.standing, spending: kept.spending }, lang)}\n`,
        );
      }
      return ctx.exit(EXIT_OK);
    });
}

/**
 * --all-units: no option that names one workbook (--unit, -o, --upgrade, --consolidating/--district)
 * may come with it, and --out-dir must; each is said as bad usage (exit 2) before the plan is read.
 */
async function allUnits(ctx: CommandContext, options: TemplateOptions): Promise<void> {
  const single: [string, unknown][] = [
    ['--unit', options.unit],
    ['-o, --output', options.output],
    ['--upgrade', options.upgrade],
    ['--consolidating', options.consolidating],
    ['--district', options.district],
  ];
  const clash = single.find(([, value]) => value !== undefined);
  if (clash) return usage(ctx, 'cli.template.error.notWithAllUnits', clash[0]);
  if (options.outDir === undefined) return usage(ctx, 'cli.error.missingOption', '--out-dir <folder>');
  const loaded = await loadPlan(options.plan, ctx.io, ctx.lang);
  if ('exit' in loaded) return ctx.exit(loaded.exit);
  ctx.exit(
    await writeAllTrackers(ctx, loaded.plan, { dir: options.outDir, force: options.force === true, sources: options.plan === undefined ? [] : [options.plan] }),
  );
}

/** Bad usage (exit 2): `option` is missing, or cannot be used with (or only with) --all-units. */
function usage(
  ctx: CommandContext,
  key: 'cli.error.missingOption' | 'cli.template.error.notWithAllUnits' | 'cli.template.error.onlyWithAllUnits',
  option: string,
): void {
  fail(ctx.io, ctx.lang, key, { option });
  ctx.exit(EXIT_USAGE);
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
