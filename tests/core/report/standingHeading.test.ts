import { periodFor } from '../../../src/core/periods';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import type { Plan } from '../../../src/core/plan/types';
import { buildReport, reportDocument, type ReportInput } from '../../../src/core/report';
import { texts } from './layoutQuery';
import { fixturePlan } from '../../support/fixturePlans';
import { unitOf } from '../usecases/books';

/**
 * The fourth tester's finding 6 of issue 13: with "Nơi tiếp nhận hồ sơ" written on the plan sheet,
 * section II was headed "… TẠI TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ" over a hamlet's pa-nô. The
 * fifth tester's commune plan (tests/fixtures/plans/ke-hoach-hoa-hoi-2026.xlsx) has items at the
 * centre (2.a, 2.c, unit TTPV) and one at every hamlet (2.b), here with the centre named as the tester did.
 */
let plan: Plan;
beforeAll(async () => {
  const read = await fixturePlan('ke-hoach-hoa-hoi-2026.xlsx');
  plan = { ...read, wording: { ...read.wording, reception: 'Trung tâm Phục vụ hành chính công xã' } };
});

const input = (scope: ReportInput['scope'], of: Plan = plan): ReportInput => ({
  plan: of,
  period: periodFor('quarter', of.identity.year, 2, of.periodConvention),
  scope,
  records: { outputs: [], standing: [], spending: [] },
  reportDate: `${String(of.identity.year)}-07-02`,
  documentNumber: '…',
});
const headings = (report: ReturnType<typeof buildReport>): string[] =>
  texts(report.layout)
    .map((x) => x.text)
    .filter((x) => x.startsWith('II. '));
const wordHeading = (of: ReportInput): string | undefined =>
  reportDocument(of).body.flatMap((b) => (b.kind === 'heading' && b.text.startsWith('II. ') ? [b.text] : []))[0];

describe('section II names the reception office only when the items listed are at it', () => {
  test('given the centre’s own report (2.a and 2.c, both at the centre), the heading names the plan’s centre, in the sheet and in Word', () => {
    const centre = input({ kind: 'unit', unit: unitOf('TTPV', plan) });
    expect(headings(buildReport(centre))).toEqual(['II. CÁC HẠNG MỤC THƯỜNG XUYÊN TẠI TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ']);
    expect(wordHeading(centre)).toBe('II. CÁC HẠNG MỤC THƯỜNG XUYÊN TẠI TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ');
  });

  test('given a hamlet’s report (2.b, its pa-nô), the heading names no place', () => {
    const hamlet = plan.units.find((u) => u.level === 'hamlet' && u.activeTo === undefined);
    if (!hamlet) throw new Error('no hamlet');
    const report = input({ kind: 'unit', unit: hamlet });
    expect(headings(buildReport(report))).toEqual(['II. CÁC HẠNG MỤC THƯỜNG XUYÊN']);
    expect(wordHeading(report)).toBe('II. CÁC HẠNG MỤC THƯỜNG XUYÊN');
  });

  test('given the commune’s report over the centre’s and the hamlets’ items, the heading names no place', () => {
    expect(headings(buildReport(input({ kind: 'district' })))).toEqual(['II. CÁC HẠNG MỤC THƯỜNG XUYÊN']);
  });

  test('given 116/KH-UBND (its items at the one-stop offices of the district and the communes), the district keeps "TẠI BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ"', () => {
    const district = input({ kind: 'district' }, GO_DAU_116);
    expect(headings(buildReport(district))).toEqual(['II. CÁC HẠNG MỤC THƯỜNG XUYÊN TẠI BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ']);
    expect(wordHeading(district)).toBe('II. CÁC HẠNG MỤC THƯỜNG XUYÊN TẠI BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ');
    const commune = input({ kind: 'unit', unit: unitOf('XTD', GO_DAU_116) }, GO_DAU_116);
    expect(headings(buildReport(commune))).toEqual(['II. CÁC HẠNG MỤC THƯỜNG XUYÊN TẠI BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ']);
  });
});
