import { consolidate } from '../../../src/core/consolidate/consolidate';
import { consolidationSheets } from '../../../src/core/consolidate/consolidationSheets';
import { readConsolidatedRecords } from '../../../src/core/consolidate/readConsolidated';
import { date, empty, num, text } from '../../../src/core/layout/cells';
import { periodFor } from '../../../src/core/periods';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import { targetResults } from '../../../src/core/progress/targetProgress';
import { buildTemplate } from '../../../src/core/template/buildTemplate';
import { layoutToRawSheets } from '../../support/layoutToRawSheets';

const plan = GO_DAU_116;
const unit = (code: string) => plan.units.find((u) => u.code === code) ?? plan.units[0]!;
const workbook = (code: string) =>
  layoutToRawSheets(
    buildTemplate({
      plan,
      kind: 'unit',
      unit: unit(code),
      createdOn: '2018-07-01',
      existing: {
        outputs: [
          [date('2018-03-05'), text('Báo Tây Ninh'), text('Tin'), text(`Tin của ${code}`), empty, empty, empty],
          [date('2018-09-01'), text('Trang thông tin điện tử huyện'), text('Bài'), text(`Bài của ${code}`), empty, empty, empty],
        ],
        standing: [],
        spending: [[date('2018-04-02'), text('In băng rôn'), num(1_500_000), text('Ngân sách UBND xã, thị trấn'), empty, empty]],
      },
    }),
  );

describe('readConsolidatedRecords', () => {
  it('reads back what a consolidation wrote, so a report for another period counts the same records', () => {
    const year = periodFor('year', 2018, undefined, 'nd09-cutoff');
    const result = consolidate(
      plan,
      [
        { file: 'td.xlsx', lastModified: 1, sheets: workbook('XTD') },
        { file: 'cg.xlsx', lastModified: 1, sheets: workbook('XCG') },
      ],
      { period: year, today: '2018-12-20' },
    );
    const records = readConsolidatedRecords(plan, layoutToRawSheets(consolidationSheets(plan, result)));
    expect(records?.outputs.map((r) => [r.date, r.channel, r.form, r.title, r.unit])).toEqual(
      result.outputs.map((r) => [r.date, r.channel, r.form, r.title, r.unit]),
    );
    expect(records?.spending.map((r) => [r.amount, r.fundingSource, r.unit])).toEqual(result.spending.map((r) => [r.amount, r.fundingSource, r.unit]));
    expect(records?.standing).toHaveLength(result.standing.length);
    const firstHalf = periodFor('half-year', 2018, 1, 'nd09-cutoff');
    expect(targetResults(plan, records?.outputs ?? [], firstHalf).map((t) => t.achieved)).toEqual([2, 0, 0, 0, 0]);
  });

  it('given a workbook with no consolidation, returns null', () => {
    expect(readConsolidatedRecords(plan, workbook('XTD'))).toBeNull();
  });
});
