import { t } from '../core/i18n/format';
import { parsePeriodSpec, customPeriod, defaultReportPeriod, periodFor, periodLabel, unitReportFrequency, type Period } from '../core/periods';
import { parseDate } from '../core/dates/parseDate';
import { createPlanLookup } from '../core/plan/planLookup';
import type { Plan, Unit } from '../core/plan/types';
import { EXIT_USAGE } from './io';
import type { CommandContext } from './commands/context';
import { fail } from './messages';
import { textTable } from './textTable';

/**
 * Options that name plan data: a unit as people write it (its name, a short name or its code) and
 * a reporting period. A value that names nothing is bad usage (exit 2), with what would be valid.
 */

/**
 * The unit `text` names, or null (exit 2 set) after saying why on stderr: names that differ only by
 * a tone mark ("thanh duc" for Thạnh Đức and Thanh Đức) are a collision, named with both units;
 * anything else is an unknown unit, with the plan's units listed.
 */
export function resolveUnit(ctx: CommandContext, plan: Plan, text: string): Unit | null {
  const matcher = createPlanLookup(plan).unit;
  const code = matcher.find(text);
  const unit = plan.units.find((u) => u.code === code);
  if (unit) return unit;
  const candidates = plan.units.filter((u) => matcher.candidates(text).includes(u.code));
  if (candidates.length > 1) {
    fail(ctx.io, ctx.lang, 'cli.error.ambiguousUnit', {
      value: text,
      names: candidates.map((u) => `"${u.name}"`).join(', '),
      codes: candidates.map((u) => u.code).join(', '),
    });
    ctx.exit(EXIT_USAGE);
    return null;
  }
  const example = plan.units[plan.units.length - 1];
  fail(ctx.io, ctx.lang, 'cli.error.unknownUnit', {
    value: text,
    plan: plan.identity.number,
    exampleName: example?.name ?? '',
    exampleCode: example?.code ?? '',
  });
  ctx.io.stderr(unitList(ctx, plan));
  ctx.exit(EXIT_USAGE);
  return null;
}

export function unitList(ctx: CommandContext, plan: Plan): string {
  const tr = (key: 'cli.column.code' | 'cli.column.name'): string => t(key, {}, ctx.lang);
  return textTable(
    [tr('cli.column.code'), tr('cli.column.name')],
    plan.units.map((u) => [u.code, u.name]),
  );
}

export interface PeriodOptions {
  readonly period?: string;
  readonly from?: string;
  readonly to?: string;
}

/**
 * --period P, or --from D --to D, or the period a report is most likely being written for today.
 * Null after saying why on stderr (exit 2 set).
 */
export function resolvePeriod(ctx: CommandContext, plan: Plan, options: PeriodOptions, reporter?: Unit): Period | null {
  const { io, lang } = ctx;
  const usage = (): null => {
    ctx.exit(EXIT_USAGE);
    return null;
  };
  if (options.period !== undefined && (options.from !== undefined || options.to !== undefined)) {
    fail(io, lang, 'cli.error.periodAndRange');
    return usage();
  }
  if (options.from !== undefined || options.to !== undefined) {
    if (options.from === undefined || options.to === undefined) {
      fail(io, lang, 'cli.error.rangeIncomplete');
      return usage();
    }
    const from = parseDate(options.from);
    const to = parseDate(options.to);
    if (from === null || to === null) {
      fail(io, lang, 'cli.error.badDate', { value: from === null ? options.from : options.to });
      return usage();
    }
    if (from > to) {
      fail(io, lang, 'cli.error.fromAfterTo', { from: options.from, to: options.to });
      return usage();
    }
    return customPeriod(from, to);
  }
  if (options.period === undefined) return defaultPeriod(ctx, plan, reporter);
  const parsed = parsePeriodSpec(options.period, plan.periodConvention);
  if ('error' in parsed) {
    fail(io, lang, parsed.error.code, parsed.error.params);
    return usage();
  }
  return parsed.period;
}

/**
 * The period a report is most likely being written for today, at the reporting unit's own duty's
 * frequency, else the plan's (core unitReportFrequency: a monthly duty gives a month), within the
 * plan's year: run on a 2018 plan in 2026, "today's" period would count nothing, so the plan year
 * is used (and said). Which period was taken, and why, is said on stderr (stdout may be JSON).
 */
function defaultPeriod(ctx: CommandContext, plan: Plan, reporter: Unit | undefined): Period {
  const today = ctx.io.today();
  const { frequency, source } = unitReportFrequency(plan, reporter?.code);
  const period = defaultReportPeriod(today, plan.periodConvention, frequency);
  if (period.year === plan.identity.year) {
    const params = {
      period: periodLabel(period, ctx.lang),
      from: dmy(period.from),
      to: dmy(period.to),
      frequency: t(`frequency.adjective.${frequency}`, {}, ctx.lang),
      unit: reporter?.name ?? '',
    };
    // The year standing in for a month or half-year duty's last period is said as such, never as that duty's own period.
    const key = period.kind === 'year' && frequency !== 'year' ? 'cli.period.default.yearInstead' : (`cli.period.default.${source}` as const);
    ctx.io.stderr(`${t(key, params, ctx.lang)}\n`);
    return period;
  }
  const year = periodFor('year', plan.identity.year, undefined, plan.periodConvention);
  ctx.io.stderr(`${t('cli.period.outsidePlanYear', { today, year: plan.identity.year, period: periodLabel(year, ctx.lang) }, ctx.lang)}\n`);
  return year;
}

/** A yyyy-mm-dd (or dd/mm/yyyy) option as an ISO date, or null after saying so (exit 2 set). */
export function resolveDate(ctx: CommandContext, value: string): string | null {
  const iso = parseDate(value);
  if (iso !== null) return iso;
  fail(ctx.io, ctx.lang, 'cli.error.badDate', { value });
  ctx.exit(EXIT_USAGE);
  return null;
}

/** yyyy-mm-dd → dd/mm/yyyy, as the officer types dates. */
function dmy(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day ?? ''}/${month ?? ''}/${year ?? ''}`;
}
