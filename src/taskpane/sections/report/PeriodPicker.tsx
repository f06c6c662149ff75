import { useId, type ReactElement } from 'react';
import { Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { periodLabel, unitReportFrequency, type Period } from '../../../core/periods';
import type { MessageParams } from '../../../core/i18n/format';
import type { MessageKey } from '../../../core/i18n/messages';
import type { PeriodConvention, Plan } from '../../../core/plan/types';
import { usePane } from '../../PaneContext';
import { formatIsoDate } from '../plan/planView';
import {
  MONTH_CHOICES,
  periodChoiceFromOption,
  periodOptionValue,
  periodReporter,
  pickedPeriod,
  resolvePeriod,
  standardPeriod,
  type StandardPeriodChoice,
} from '../../state/reportJob';

import { PeriodRange } from './PeriodRange';

const useStyles = makeStyles({
  picker: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  select: { maxWidth: '100%', minWidth: 0 },
  selectInner: { minWidth: 0, maxWidth: '100%', textOverflow: 'ellipsis' },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  problem: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
});

/** Picker order: the year's quarters, then its halves, then the year (as periodsOfYear lists them), then its months. */
const PICKER_ORDER: readonly StandardPeriodChoice[] = [
  'quarter-1',
  'quarter-2',
  'quarter-3',
  'quarter-4',
  'half-year-1',
  'half-year-2',
  'year',
  ...MONTH_CHOICES,
];

const capitalised = (words: string): string => words.charAt(0).toLocaleUpperCase('vi') + words.slice(1);

/**
 * The reporting period, shared by Báo cáo and Tổng hợp: the plan's standard periods (months included) with their
 * dates, the same periods by the calendar when the plan uses the Nghị định 09 cut-off, or a range
 * typed as two dates (checked as typed, with the reason when they cannot be used).
 */
export function PeriodPicker(): ReactElement {
  const { state, dispatch, plan, text } = usePane();
  const styles = useStyles();
  const hintId = useId();
  // Until the officer picks, the period the plan's reporting frequency suggests today (a month for a monthly duty).
  const reporter = periodReporter(state, plan);
  const choice = pickedPeriod(state.reportPeriod, plan, undefined, reporter);
  const resolved = resolvePeriod(choice, plan);
  const year = plan.identity.year;
  const option = (period: Period): string =>
    text('pane.period.option', { label: capitalised(periodLabel(period, state.language)), from: formatIsoDate(period.from), to: formatIsoDate(period.to) });
  const group = (calendar: boolean, convention: PeriodConvention, label: string): ReactElement => (
    <optgroup label={label}>
      {PICKER_ORDER.map((standard) => (
        <option key={standard} value={periodOptionValue({ kind: 'standard', calendar, choice: standard })}>
          {option(standardPeriod(standard, year, convention))}
        </option>
      ))}
    </optgroup>
  );
  const typed = choice.kind === 'custom' && (choice.from.trim() !== '' || choice.to.trim() !== '');
  const problem = !resolved.ok && typed ? text(resolved.message.key, resolved.message.params) : undefined;
  const range = resolved.ok
    ? text('pane.period.range', { from: formatIsoDate(resolved.period.from), to: formatIsoDate(resolved.period.to) })
    : text('pane.period.incomplete');
  // Until the officer picks a period, say why this one was suggested (whose reporting duty), as `cchc report` does.
  const hint = state.reportPeriod.kind === 'planDefault' && resolved.ok ? `${range}. ${defaultWhy(plan, reporter, resolved.period, text)}` : range;
  const setDates = (dates: { readonly from?: string; readonly to?: string }): void => {
    if (choice.kind === 'custom') dispatch({ type: 'reportPeriodChosen', period: { ...choice, ...dates } });
  };
  return (
    <div className={styles.picker}>
      <Field label={text('pane.period.label')} hint={choice.kind === 'standard' ? hint : undefined}>
        <Select
          className={styles.select}
          select={{ className: styles.selectInner }}
          value={periodOptionValue(choice)}
          onChange={(_event, data) => {
            const next = periodChoiceFromOption(data.value, choice);
            if (next !== null) dispatch({ type: 'reportPeriodChosen', period: next });
          }}
        >
          {group(false, plan.periodConvention, text('pane.period.groupPlan'))}
          {plan.periodConvention !== 'calendar' && group(true, 'calendar', text('pane.period.groupCalendar'))}
          <option value="custom">{text('pane.period.custom')}</option>
        </Select>
      </Field>
      {choice.kind === 'custom' && <PeriodRange from={choice.from} to={choice.to} invalid={problem !== undefined} describedBy={hintId} onChange={setDates} />}
      {choice.kind === 'custom' && (
        <div id={hintId} className={problem === undefined ? styles.hint : styles.problem} data-testid="period-check" aria-live="polite">
          {problem ?? hint}
        </div>
      )}
    </div>
  );
}

/**
 * Why the default period was suggested: the reporter's own duty, the plan's, or none (core
 * unitReportFrequency); the year standing in for a monthly or half-yearly duty's last period is said
 * as such, never as that duty's own period (core defaultReportPeriod; `cchc report` says the same).
 */
export function defaultWhy(
  plan: Plan,
  reporter: string | undefined,
  period: Pick<Period, 'kind'>,
  text: (key: MessageKey, params?: MessageParams) => string,
): string {
  const { frequency, source } = unitReportFrequency(plan, reporter);
  const unit = plan.units.find((u) => u.code === reporter)?.name ?? '';
  const key = period.kind === 'year' && frequency !== 'year' ? 'pane.period.defaultWhy.yearInstead' : (`pane.period.defaultWhy.${source}` as const);
  return text(key, { frequency: text(`frequency.adjective.${frequency}`), unit });
}
