import { parseAddress } from '../../../src/core/layout/a1';
import { planToSheet } from '../../../src/core/plan/planSheetLayout';
import { memoryWorkbook } from '../../../src/core/ports/memoryWorkbook';
import type { RawSheet } from '../../../src/core/ports/workbookPort';
import { makeTracker, type TrackerInputs } from '../../../src/core/usecases/makeTracker';
import { output } from '../../cli/workbooks';
import { layoutToRawSheets } from '../../support/layoutToRawSheets';
import { layoutValues } from '../../taskpane/layoutValues';
import { otherPlan, plan, trackerSheets, unitOf } from './books';

const inputs = (extra: Partial<TrackerInputs> = {}): TrackerInputs => ({
  plan,
  kind: 'unit',
  unit: unitOf('XTD'),
  today: '2018-07-01',
  inPlace: true,
  ...extra,
});
const officeSheet = (name: string): RawSheet => ({
  name,
  values: [
    ['Ngày', 'Nội dung'],
    ['01/02/2018', 'tin riêng'],
  ],
  origin: { row: 1, column: 1 },
});

describe('making or upgrading a tracker (Tạo/Cập nhật sổ, cchc template)', () => {
  it('given an empty workbook, lays out every tracker sheet and starts the officer on Tin bài A4', async () => {
    const outcome = await makeTracker(memoryWorkbook([{ name: 'Sheet1', values: [], origin: { row: 1, column: 1 } }]), inputs());
    if (!outcome.ok) throw new Error('refused');
    expect(outcome.layout.sheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(['Tin bài', 'Hạng mục', 'Kinh phí', '_cchc']));
    expect(outcome.kept).toEqual({ outputs: 0, standing: 0, spending: 0, total: 0 });
    expect(outcome.firstCell).toEqual({ sheet: 'Tin bài', address: 'A4' });
    expect(outcome.notes).toEqual({});
  });

  it('given an earlier tracker with rows, carries every row into the new layout', async () => {
    const earlier = await trackerSheets(unitOf('XTD'), [
      output('2018-03-15', 'Báo Tây Ninh', 'Ra mắt một cửa'),
      output('2018-03-16', 'Trạm truyền thanh xã', 'Phát tin CCHC'),
    ]);
    const outcome = await makeTracker(memoryWorkbook(earlier), inputs());
    if (!outcome.ok) throw new Error('refused');
    expect(outcome.kept.outputs).toBe(2);
    const tinBai = outcome.layout.sheets.find((sheet) => sheet.name === 'Tin bài');
    if (!tinBai) throw new Error('no Tin bài');
    const titles = layoutValues(tinBai).map((row) => row[3]);
    expect(titles.slice(3, 5)).toEqual(['Ra mắt một cửa', 'Phát tin CCHC']);
  });

  it('given a workbook without a stamp whose own sheet is named like a tracker sheet (any case), refuses to write in place', async () => {
    const book = memoryWorkbook([officeSheet('Theo dõi 2018'), officeSheet('tin bài')]);
    await expect(makeTracker(book, inputs())).resolves.toEqual({ ok: false, refusal: { reason: 'sheetClash', sheets: ['tin bài'] } });
  });

  it('given the same workbook as the source of a new file, writes the new file: nothing of the office is replaced', async () => {
    const outcome = await makeTracker(memoryWorkbook([officeSheet('Tin bài')]), inputs({ inPlace: false }));
    expect(outcome.ok).toBe(true);
  });

  it('lets the plan sheet the pane reads its plan from be rewritten', async () => {
    const outcome = await makeTracker(memoryWorkbook([officeSheet('Kế hoạch')]), inputs({ replaceable: ['Kế hoạch'] }));
    expect(outcome.ok).toBe(true);
  });

  it("given a stamped tracker, replaces its sheets (it is the add-in's own)", async () => {
    const outcome = await makeTracker(memoryWorkbook(await trackerSheets(unitOf('XTD'), [])), inputs());
    expect(outcome.ok).toBe(true);
  });

  it("notes an earlier workbook of another unit or another plan, and still makes the chosen unit's tracker", async () => {
    const ofCamGiang = await makeTracker(memoryWorkbook(await trackerSheets(unitOf('XCG'), [])), inputs({ inPlace: false }));
    expect(ofCamGiang.ok && ofCamGiang.notes).toEqual({ otherOwner: { unit: unitOf('XCG').name } });
    const ofOtherPlan = await makeTracker(memoryWorkbook(await trackerSheets(unitOf('XTD'), [], { plan: otherPlan })), inputs({ inPlace: false }));
    expect(ofOtherPlan.ok && ofOtherPlan.notes).toEqual({ otherPlan: { planId: 'KH-KHAC-2019' } });
  });
});

describe('the officer’s plan edits are never written over', () => {
  it('given a tracker whose plan sheet was edited after the pane read it, rebuilding in place keeps the sheet and builds from the edit', async () => {
    const edited = { ...plan, targets: plan.targets.map((target) => (target.id === 'III.1.a' ? { ...target, minimum: 42 } : target)) };
    const [editedSheet] = layoutToRawSheets(planToSheet(edited));
    if (!editedSheet) throw new Error('no plan sheet');
    const earlier = (await trackerSheets(unitOf('XTD'), [])).filter((sheet) => sheet.name !== editedSheet.name);
    const outcome = await makeTracker(memoryWorkbook([...earlier, editedSheet]), inputs());
    if (!outcome.ok) throw new Error('refused');
    expect(outcome.layout.sheets.map((sheet) => sheet.name)).not.toContain(editedSheet.name);
    const progress = outcome.layout.sheets.find((sheet) => sheet.name === 'Tiến độ');
    if (!progress) throw new Error('no progress sheet');
    // Tiến độ's minimum refers to the kept sheet's own cell, which holds the officer's 42.
    const row = progress.blocks.flatMap((block) => block.rows).find((cells) => cells[0]?.kind === 'text' && cells[0].text === 'III.1.a');
    const formula = row?.map((cell) => (cell.kind === 'formula' ? cell.formula : '')).find((f) => f.includes(editedSheet.name)) ?? '';
    const ref = /!\$?([A-Z]+)\$?(\d+)/.exec(formula);
    if (!ref) throw new Error(`no reference to the plan sheet in ${formula}`);
    const at = parseAddress(`${ref[1] ?? ''}${ref[2] ?? ''}`);
    expect(editedSheet.values[at.row - editedSheet.origin.row]?.[at.column - editedSheet.origin.column]).toBe(42);
  });

  it('given a kept plan sheet with a row inserted above the targets, the minimums still refer to the right cells', async () => {
    const edited = { ...plan, targets: plan.targets.map((target) => (target.id === 'III.1.a' ? { ...target, minimum: 42 } : target)) };
    const [sheet] = layoutToRawSheets(planToSheet(edited));
    if (!sheet) throw new Error('no plan sheet');
    const shifted = { ...sheet, values: [[], ...sheet.values] };
    const earlier = (await trackerSheets(unitOf('XTD'), [])).filter((s) => s.name !== sheet.name);
    const outcome = await makeTracker(memoryWorkbook([...earlier, shifted]), inputs());
    if (!outcome.ok) throw new Error('refused');
    const progress = outcome.layout.sheets.find((s) => s.name === 'Tiến độ');
    const row = progress?.blocks.flatMap((block) => block.rows).find((cells) => cells[0]?.kind === 'text' && cells[0].text === 'III.1.a');
    const formula = row?.map((cell) => (cell.kind === 'formula' ? cell.formula : '')).find((f) => f.includes(sheet.name)) ?? '';
    const ref = /!\$?([A-Z]+)\$?(\d+)/.exec(formula);
    if (!ref) throw new Error(`no reference to the plan sheet in ${formula}`);
    const at = parseAddress(`${ref[1] ?? ''}${ref[2] ?? ''}`);
    expect(shifted.values[at.row - shifted.origin.row]?.[at.column - shifted.origin.column]).toBe(42);
  });

  it('given a new file (cchc template -o), the plan sheet is written from the plan given', async () => {
    const outcome = await makeTracker(memoryWorkbook(await trackerSheets(unitOf('XTD'), [])), inputs({ inPlace: false }));
    if (!outcome.ok) throw new Error('refused');
    expect(outcome.layout.sheets.map((sheet) => sheet.name)).toContain('Kế hoạch');
  });
});
