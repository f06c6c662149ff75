import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import type { Unit } from '../../../src/core/plan/types';
import type { ReportRecords } from '../../../src/core/report';
import type { OutputRecord, SpendingRecord, StandingRecord, StandingState } from '../../../src/core/records/types';

/**
 * A small, fixed record set for plan 116/KH-UBND, first half of 2018 under Nghị định 09
 * (15/12/2017 – 14/6/2018), chosen so every wording of the report appears:
 * - III.1.a Báo Tây Ninh: 12 in the half (one with no unit) → 120%, Đạt; one more in July (Q3).
 * - III.1.b PT-TH tỉnh: 1 phóng sự (a "tin" there does not count) → 33%, Chưa đạt.
 * - III.1.c radio: 3 → 30%, "mới đạt". III.1.d Cổng tỉnh: exactly 10 → 100%.
 * - III.1.e Trang huyện: none → "Chưa đăng tin nào".
 * - Outside the plan year (10/12/2017), no date, unknown channel: never counted.
 */
export const plan = GO_DAU_116;

export function unitOf(code: string): Unit {
  const unit = plan.units.find((u) => u.code === code);
  if (!unit) throw new Error(`no unit ${code}`);
  return unit;
}

let row = 3;
const src = (sheet: string): { sheet: string; row: number } => ({ sheet, row: row++ });

function output(date: string | null, channel: string | null, form: string | null, unit: string | null, title = 'Tin CCHC'): OutputRecord {
  return { source: src('Tin bài'), date, channel, form, title, link: '', unit, note: '' };
}

function repeat(count: number, make: (i: number) => OutputRecord): OutputRecord[] {
  return Array.from({ length: count }, (_, i) => make(i));
}

const day = (month: number, d: number, year = 2018): string => `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

export const OUTPUTS: readonly OutputRecord[] = [
  ...repeat(6, (i) => output(day(1 + i, 10), 'BTN', 'TIN', 'PVHTT')),
  ...repeat(3, (i) => output(day(2 + i, 20), 'BTN', 'BAI', 'DTT')),
  ...repeat(2, (i) => output(day(3 + i, 5), 'BTN', 'TIN', 'XTD')),
  output(day(6, 14), 'BTN', 'TIN', null),
  output(day(7, 3), 'BTN', 'TIN', 'PVHTT'),
  output(day(12, 10, 2017), 'BTN', 'TIN', 'PVHTT'),
  output(day(12, 15, 2017), 'PTTH-T', 'PS', 'DTT'),
  output(day(4, 2), 'PTTH-T', 'TIN', 'DTT'),
  output(day(2, 2), 'TT-H', 'TIN', 'DTT'),
  output(day(3, 2), 'TT-X', 'TIN', 'XTD'),
  output(day(5, 2), 'TT-X', 'BAI', 'TTGD'),
  ...repeat(10, (i) => output(day(1 + (i % 5), 1 + i), 'CTT-T', 'TIN', 'PVHTT')),
  output(null, 'TTT-H', 'TIN', 'PVHTT'),
  output(day(3, 3), null, 'TIN', 'PVHTT'),
];

function standing(item: string, unit: string | null, state: StandingState | null, dateDone: string | null): StandingRecord {
  return { source: src('Hạng mục'), item, unit, state, dateDone, evidence: '', note: '' };
}

export const STANDING: readonly StandingRecord[] = [
  standing('III.1.f', 'BPMC', 'done', day(3, 5)),
  standing('III.2.a', 'BPMC', 'done', day(2, 1)),
  standing('III.2.b', 'BPMC', 'in-progress', null),
  standing('III.2.c1', 'BPMC', 'done', day(5, 20)),
  standing('III.2.c2', 'BPMC', 'not-done', null),
  standing('III.2.c3', 'BPMC', 'done', day(7, 1)),
  standing('III.1.f', 'TTGD', 'done', day(1, 8)),
  standing('III.2.a', 'TTGD', 'done', day(1, 8)),
  standing('III.2.c1', 'TTGD', 'done', day(4, 9)),
  standing('III.2.c3', 'TTGD', 'done', null),
  standing('III.2.c4', 'TTGD', 'done', day(6, 1)),
  standing('III.1.f', 'XTD', 'not-done', null),
  standing('III.1.f', 'XTD', 'done', day(4, 30)),
  standing('III.2.a', 'XTD', 'done', day(3, 15)),
  standing('III.2.c1', 'XTD', 'in-progress', null),
];

function spending(date: string, amount: number | null, fundingSource: string | null, unit: string | null): SpendingRecord {
  return { source: src('Kinh phí'), date, content: 'Băng rôn, bảng hướng dẫn', amount, fundingSource, unit, note: '' };
}

export const SPENDING: readonly SpendingRecord[] = [
  spending(day(3, 10), 2_500_000, 'KP-HUYEN', 'PNV'),
  spending(day(7, 5), 1_200_000, 'KP-HUYEN', 'PNV'),
  spending(day(4, 2), 800_000, 'NS-XA', 'XTD'),
  spending(day(5, 2), 150_000, null, 'TTGD'),
];

/** Every unit's records, as Phòng Nội vụ consolidates them. */
export const DISTRICT_RECORDS: ReportRecords = { outputs: OUTPUTS, standing: STANDING, spending: SPENDING };

/** Xã Thạnh Đức's own workbook: its rows, some with the unit left blank (the workbook's unit). */
export const THANH_DUC_RECORDS: ReportRecords = {
  outputs: [...OUTPUTS.filter((r) => r.unit === 'XTD'), output(day(5, 5), 'TT-X', 'TIN', null), output(day(6, 1), 'TTT-H', 'TIN', null)],
  standing: [...STANDING.filter((r) => r.unit === 'XTD'), standing('III.2.c3', null, 'done', day(6, 10))],
  spending: SPENDING.filter((r) => r.unit === 'XTD'),
};
