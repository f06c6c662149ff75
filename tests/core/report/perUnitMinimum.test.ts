import { examplePlan } from '../../support/fixturePlans';
import { periodFor } from '../../../src/core/periods';
import type { Plan } from '../../../src/core/plan/types';
import { buildReport, reportDocument, type ReportInput } from '../../../src/core/report';
import type { OutputRecord } from '../../../src/core/records/types';
import { reportJson } from '../../../src/cli/commands/report';
import { cellAt, rowWith, texts } from './layoutQuery';

/**
 * The fourth tester's finding 4 of issue 13, on examples/ke-hoach-xa-2026.xlsx: "1.d" asks every
 * hamlet to broadcast at least once a month. Cầu Xe is merged away on 31/05 and Xóm Bố joins on
 * 01/08, as Trà Võ and Bến Mương did in the tester's commune. On 30/11 the year is judged on its
 * months ended by then, January to November: Bến Mương owes 11, Cầu Xe 5 (January–May), Xóm Bố 4
 * (August–November), 20 in all. Bến Mương broadcasts in every month to October but June (9 of 11),
 * Cầu Xe in January and February (2 of 5), Xóm Bố never: 11 credited of 20, 55%.
 */
let plan: Plan;
beforeAll(async () => {
  const example = await examplePlan('ke-hoach-xa-2026.xlsx');
  plan = {
    ...example,
    units: example.units.map((u) => (u.code === 'CX' ? { ...u, activeTo: '2026-05-31' } : u.code === 'XB' ? { ...u, activeFrom: '2026-08-01' } : u)),
  };
});

const broadcast = (unit: string, day: string, row: number): OutputRecord => ({
  source: { sheet: 'Tin bài', row },
  date: day,
  channel: 'LOA',
  form: 'PT',
  title: `Phát thanh CCHC ${day}`,
  link: '',
  unit,
  note: '',
});

const RECORDS: OutputRecord[] = [
  ...[1, 2, 3, 4, 5, 7, 8, 9, 10].map((m, i) => broadcast('BM', `2026-${String(m).padStart(2, '0')}-10`, 4 + i)),
  broadcast('CX', '2026-01-12', 20),
  broadcast('CX', '2026-02-12', 21),
];

const input = (): ReportInput => ({
  plan,
  period: periodFor('year', 2026, undefined, 'calendar'),
  scope: { kind: 'district' },
  records: { outputs: RECORDS, standing: [], spending: [] },
  reportDate: '2026-11-30',
  documentNumber: '…',
  language: 'vi',
});

describe('a per-unit target in the commune report: the minimum beside the rate is the sum over the hamlets judged', () => {
  it('given hamlets owing 11, 5 and 4 months, "Tối thiểu" is 20, what 55% divides by, and each hamlet\'s 11 is said as each unit\'s', () => {
    const { data, layout } = buildReport(input());
    const row = data.targets.find((r) => r.id === '1.d');
    expect(row).toMatchObject({ minimum: 20, perUnitMinimum: 11, percent: 55, unitsMet: { met: 0, of: 3 } });
    const line = rowWith(layout, /^Phát thanh trên Loa truyền thanh ấp/u);
    // Two hamlets owe 5 and 4 months: "11 mỗi đơn vị" is said only of those there throughout (fifth tester, finding 13).
    expect(cellAt(layout, `B${line}`)).toMatchObject({
      text: 'Phát thanh trên Loa truyền thanh ấp (1.d; tối thiểu 11 mỗi đơn vị tham gia cả kỳ; đơn vị tham gia một phần kỳ tính theo thời gian tham gia)',
    });
    expect(cellAt(layout, `E${line}`)).toMatchObject({ value: 20 });
    const sentence = texts(layout).find((x) => x.text.startsWith('- ') && x.text.includes('loa truyền thanh ấp'));
    expect(sentence?.text).toContain(
      // A monthly minimum is said as judged, month by month, the proration left to the table's cell (sixth tester, last note).
      '0/3 đơn vị đạt chỉ tiêu kế hoạch, tính chung đạt 55% (tối thiểu 1 bản tin phát thanh mỗi đơn vị mỗi tháng; đạt ở 11/20 tháng của các đơn vị)',
    );
  });

  it('given the same, the Word table prints 20 with "tối thiểu 11 mỗi đơn vị" in the target cell', () => {
    const doc = reportDocument(input());
    const table = doc.body.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no table');
    const cells = table.table.rows.find((r) => r[1]?.startsWith('Phát thanh trên Loa'));
    expect(cells?.slice(1, 3)).toEqual([
      'Phát thanh trên Loa truyền thanh ấp (tối thiểu 11 mỗi đơn vị tham gia cả kỳ; đơn vị tham gia một phần kỳ tính theo thời gian tham gia)',
      '20',
    ]);
  });

  it('given the same, `report --json` gives min 20, perUnitMinimum 11 and the hamlets that met it', () => {
    const json = reportJson(buildReport(input()).data);
    expect(json.targets.find((x) => x.id === '1.d')).toMatchObject({ min: 20, perUnitMinimum: 11, units: { met: 0, of: 3 }, state: 'notMet' });
  });

  it("given one hamlet's own report, its minimum stays its own, with nothing per unit beside it", () => {
    const bm = plan.units.find((u) => u.code === 'BM');
    if (!bm) throw new Error('no BM');
    const { data } = buildReport({
      ...input(),
      scope: { kind: 'unit', unit: bm },
      records: { outputs: RECORDS.filter((r) => r.unit === 'BM'), standing: [], spending: [] },
    });
    const row = data.targets.find((r) => r.id === '1.d');
    expect(row?.minimum).toBe(11);
    expect(row?.perUnitMinimum).toBeUndefined();
  });
});
