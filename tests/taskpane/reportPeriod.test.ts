import { t, type MessageParams } from '../../src/core/i18n/format';
import type { MessageKey } from '../../src/core/i18n/messages';
import { GO_DAU_116 } from '../../src/core/plan/goDau116';
import {
  DEFAULT_REPORT_PERIOD,
  periodChoiceFromOption,
  periodOptionValue,
  periodReporter,
  resolvePeriod,
  type ReportPeriodChoice,
} from '../../src/taskpane/state/reportJob';
import { defaultWhy } from '../../src/taskpane/sections/report/PeriodPicker';

const custom = (from: string, to: string): ReportPeriodChoice => ({ kind: 'custom', from, to });

describe('the report period choice', () => {
  it.each([
    ['half-year-1', '2017-12-15', '2018-06-14'],
    ['calendar:half-year-1', '2018-01-01', '2018-06-30'],
    ['quarter-3', '2018-06-15', '2018-09-14'],
    ['calendar:year', '2018-01-01', '2018-12-31'],
  ])('option %s covers %s to %s', (value, from, to) => {
    const choice = periodChoiceFromOption(value, DEFAULT_REPORT_PERIOD);
    expect(choice).not.toBeNull();
    if (choice === null) return;
    expect(periodOptionValue(choice)).toBe(value);
    expect(resolvePeriod(choice, GO_DAU_116)).toMatchObject({ ok: true, period: { from, to } });
  });

  it('switching to a custom range keeps the dates typed before', () => {
    expect(periodChoiceFromOption('custom', custom('01/3/2018', ''))).toEqual(custom('01/3/2018', ''));
    expect(periodChoiceFromOption('quarter-9', DEFAULT_REPORT_PERIOD)).toBeNull();
  });

  it.each([
    ['01/3/2018', '31/5/2018', { ok: true, period: { kind: 'custom', from: '2018-03-01', to: '2018-05-31' } }],
    ['', '31/5/2018', { ok: false, message: { key: 'pane.period.incomplete' } }],
    ['31/2/2018', '31/5/2018', { ok: false, message: { key: 'pane.period.badFrom', params: { value: '31/2/2018' } } }],
    ['01/3/2018', 'mai', { ok: false, message: { key: 'pane.period.badTo' } }],
    ['31/5/2018', '01/3/2018', { ok: false, message: { key: 'pane.period.backwards', params: { from: '31/5/2018', to: '01/3/2018' } } }],
  ])('given a custom range typed %s – %s', (from, to, expected) => {
    expect(resolvePeriod(custom(from, to), GO_DAU_116)).toMatchObject(expected);
  });
});

describe('month periods and the plan default in the pane', () => {
  it.each([
    ['month-3', '2018-02-15', '2018-03-14'],
    ['calendar:month-3', '2018-03-01', '2018-03-31'],
  ])('option %s covers %s to %s', (value, from, to) => {
    const choice = periodChoiceFromOption(value, DEFAULT_REPORT_PERIOD);
    expect(choice).not.toBeNull();
    if (choice === null) return;
    expect(periodOptionValue(choice)).toBe(value);
    expect(resolvePeriod(choice, GO_DAU_116)).toMatchObject({ ok: true, period: { kind: 'month', from, to } });
  });

  it('given nothing picked, 116/KH-UBND in June 2018 reports on its first half', () => {
    expect(resolvePeriod(DEFAULT_REPORT_PERIOD, GO_DAU_116, '2018-06-10')).toMatchObject({ ok: true, period: { kind: 'half-year', index: 1 } });
  });

  it('given nothing picked and a monthly duty, the month being reported', () => {
    const monthly = { ...GO_DAU_116, reportingDuties: [{ from: 'PNV', to: ['Sở Nội vụ'], frequency: 'month' as const }] };
    expect(resolvePeriod(DEFAULT_REPORT_PERIOD, monthly, '2018-04-08')).toMatchObject({
      ok: true,
      period: { kind: 'month', index: 4, from: '2018-03-15', to: '2018-04-14' },
    });
  });

  it("given a plan of another year, the plan's first duty: the first half for 116/KH-UBND, the first month for a monthly plan", () => {
    expect(resolvePeriod(DEFAULT_REPORT_PERIOD, GO_DAU_116, '2026-06-10')).toMatchObject({ ok: true, period: { kind: 'half-year', index: 1, year: 2018 } });
    const monthly = { ...GO_DAU_116, reportingDuties: [{ from: 'PNV', to: ['Sở Nội vụ'], frequency: 'month' as const }] };
    expect(resolvePeriod(DEFAULT_REPORT_PERIOD, monthly, '2026-06-10')).toMatchObject({ ok: true, period: { kind: 'month', index: 1, year: 2018 } });
  });

  it("given nothing picked, the unit the officer chose reports at its own duty's frequency, Tổng hợp at the reporting body's", () => {
    const plan = {
      ...GO_DAU_116,
      reportingDuties: [...GO_DAU_116.reportingDuties, { from: 'XTD', to: ['UBND huyện'], frequency: 'month' as const }],
    };
    const unitChoice = { kind: 'unit' as const, unitCode: 'XTD' };
    expect(periodReporter({ section: 'bao-cao', trackerChoice: unitChoice }, plan)).toBe('XTD');
    expect(periodReporter({ section: 'tong-hop', trackerChoice: unitChoice }, plan)).toBe('PNV');
    expect(periodReporter({ section: 'bao-cao', trackerChoice: { kind: 'unit', unitCode: '' } }, plan)).toBeUndefined();
    expect(resolvePeriod(DEFAULT_REPORT_PERIOD, plan, '2018-04-08', 'XTD')).toMatchObject({ ok: true, period: { kind: 'month', index: 4 } });
    expect(resolvePeriod(DEFAULT_REPORT_PERIOD, plan, '2018-04-08', 'PNV')).toMatchObject({ ok: true, period: { kind: 'half-year', index: 1 } });
  });
});

describe('why the pane suggests its default period', () => {
  const vi = (key: MessageKey, params?: MessageParams): string => t(key, params ?? {}, 'vi');

  it('given 116/KH-UBND (a half-yearly duty) on 20/11/2018, the year stands in for the second half and the hint says so, never "theo chế độ báo cáo 6 tháng" alone', () => {
    const resolved = resolvePeriod(DEFAULT_REPORT_PERIOD, GO_DAU_116, '2018-11-20');
    if (!resolved.ok) throw new Error('no default period');
    expect(resolved.period.kind).toBe('year');
    expect(defaultWhy(GO_DAU_116, undefined, resolved.period, vi)).toMatch(
      /^Kỳ cuối năm của chế độ báo cáo .+ có cùng ngày chốt số liệu với báo cáo năm, nên gợi ý cả năm\.$/u,
    );
  });

  it('given the same plan in June, the first half is the duty’s own period and the hint names the duty', () => {
    const resolved = resolvePeriod(DEFAULT_REPORT_PERIOD, GO_DAU_116, '2018-06-10');
    if (!resolved.ok) throw new Error('no default period');
    expect(defaultWhy(GO_DAU_116, undefined, resolved.period, vi)).toMatch(/^Kỳ gợi ý theo chế độ báo cáo /u);
  });
});
