import { GO_DAU_116 } from '../../src/core/plan/goDau116';
import { localIsoDate } from '../../src/taskpane/plan/localIsoDate';
import { aMemoryWorkbook } from './memoryWorkbook';
import { trackerIn, written } from './trackerIn';

describe('making a tracker from the pane', () => {
  it("writes a commune's tracker and lands the officer on the first entry row", async () => {
    const workbook = aMemoryWorkbook();
    const progress: number[] = [];
    const result = await trackerIn(workbook, GO_DAU_116, { unitCode: 'XTD', kind: 'unit' }, '2018-07-01', (done) => progress.push(done));
    expect(result).toMatchObject({ ok: true, unitName: 'Xã Thạnh Đức', keptRows: 0 });
    expect(workbook.written).toHaveLength(1);
    expect(workbook.written[0]?.sheets.map((s) => s.name)).toContain('Tin bài');
    expect(workbook.selected).toEqual(['Tin bài!A4']);
    expect(progress.length).toBeGreaterThan(0);
  });

  it('given the tracker is already there, writes it again keeping the rows it holds', async () => {
    const workbook = aMemoryWorkbook();
    await trackerIn(workbook, GO_DAU_116, { unitCode: 'XTD', kind: 'unit' }, '2018-07-01');
    const again = written(await trackerIn(workbook, GO_DAU_116, { unitCode: 'XTD', kind: 'unit' }, '2018-07-02'));
    // The commune's standing items were pre-filled as "not done" the first time; they come back.
    expect(again.keptRows).toBeGreaterThan(0);
  });
});

describe('localIsoDate', () => {
  it('writes the local calendar date', () => expect(localIsoDate(new Date(2018, 5, 6, 23, 59))).toBe('2018-06-06'));
});
