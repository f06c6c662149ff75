import { GO_DAU_116 } from '../../src/core/plan/goDau116';
import { checkWorkbook } from '../../src/core/usecases/checkWorkbook';
import { paneReducer } from '../../src/taskpane/state/paneReducer';
import { aPaneState } from './fixtures';
import { aMemoryWorkbook } from './memoryWorkbook';
import { trackerIn } from './trackerIn';

describe('checking the open workbook from the pane', () => {
  it('given a fresh tracker, reads every sheet and finds nothing to fix', async () => {
    const workbook = aMemoryWorkbook();
    await trackerIn(workbook, GO_DAU_116, { unitCode: 'XTD', kind: 'unit' }, '2018-07-01');
    const result = await checkWorkbook(workbook, { plan: GO_DAU_116, today: '2018-07-01' });
    expect(result.sheets).toBe((await workbook.listSheets()).length);
    expect(result.report.issues.filter((found) => found.severity === 'error')).toEqual([]);
  });

  it('given a row with an unknown channel and an impossible date, points at its cells', async () => {
    const workbook = aMemoryWorkbook();
    await trackerIn(workbook, GO_DAU_116, { unitCode: 'XTD', kind: 'unit' }, '2018-07-01');
    workbook.type('Tin bài', 4, ['32/13/2018', 'Báo Không Có', 'Tin', 'Tuyên truyền CCHC tại xã', '', 'Xã Thạnh Đức', '']);
    const result = await checkWorkbook(workbook, { plan: GO_DAU_116, today: '2018-07-01' });
    const onRow4 = result.report.issues.filter((found) => found.where.sheet === 'Tin bài' && /^[A-Z]+4$/.test(found.where.cell ?? ''));
    expect(onRow4.map((found) => found.where.cell)).toEqual(expect.arrayContaining(['A4', 'B4']));
    const state = paneReducer(aPaneState(), { type: 'checkFinished', issues: result.report.issues, sheets: result.sheets });
    expect(state.checkJob).toMatchObject({ status: 'done', sheets: result.sheets });
    if (state.checkJob.status === 'done') expect(state.checkJob.errors).toBeGreaterThanOrEqual(2);
  });

  it('never writes to the workbook', async () => {
    const workbook = aMemoryWorkbook();
    await checkWorkbook(workbook, { plan: GO_DAU_116, today: '2018-07-01' });
    expect(workbook.written).toEqual([]);
  });
});
