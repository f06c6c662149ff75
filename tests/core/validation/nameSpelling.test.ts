import ExcelJS from 'exceljs';
import type { RawSheet } from '../../../src/core/ports/workbookPort';
import { planNormalise } from '../../../src/core/usecases/normaliseWorkbook';
import { readWorkbook } from '../../../src/xlsx/readWorkbook';
import type { Plan } from '../../../src/core/plan/types';
import { twinName, twinNames } from '../../../src/core/validation/spellingTwin';
import { d, plan, templateWorkbook, validate } from './support';

/**
 * A commune's own news log written with exceljs as Excel saves it: the unit "Xã Hiếp Thạnh" (a tone
 * mark off "Xã Hiệp Thạnh"), the channel "Bao Tay Ninh" typed without marks, a form "Phong su", and
 * controls written as the plan does ("Xã Thạnh Đức", "Báo Tây Ninh", the alias "Trạm TT xã").
 */
async function officeLog(): Promise<RawSheet[]> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Tin bai');
  const rows: (string | number | Date)[][] = [
    ['SỔ THEO DÕI TUYÊN TRUYỀN CCHC NĂM 2018'],
    [],
    ['STT', 'Ngày đăng', 'Kênh', 'Hình thức', 'Tiêu đề', 'Đơn vị'],
    [1, new Date(Date.UTC(2018, 2, 5)), 'Báo Tây Ninh', 'Tin', 'Hội nghị triển khai CCHC', 'Xã Hiếp Thạnh'],
    [2, new Date(Date.UTC(2018, 2, 9)), 'Bao Tay Ninh', 'Phong su', 'Một cửa liên thông', 'Xã Thạnh Đức'],
    [3, new Date(Date.UTC(2018, 2, 14)), 'Trạm TT xã', 'Bài', 'Lịch tiếp công dân', 'Xã Thạnh Đức'],
  ];
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = value;
      if (value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
    }),
  );
  return readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
}

const spelling = (report: ReturnType<typeof validate>): [string | undefined, unknown, unknown, string][] =>
  report.issues.filter((i) => i.code === 'validation.name.spelling').map((i) => [i.where.cell, i.params['value'], i.params['suggestion'], i.severity]);

describe('a list name with other tone marks than the plan writes it (issue 13, eighth tester, D9)', () => {
  it('given "Xã Hiếp Thạnh", "Bao Tay Ninh" and "Phong su" in an office log, warns at each cell with the list name the row is counted for', async () => {
    const report = validate(await officeLog(), { file: 'thanh-duc.xlsx', unit: 'XTD' });
    expect(spelling(report)).toEqual([
      ['F4', 'Xã Hiếp Thạnh', 'Xã Hiệp Thạnh', 'warning'],
      ['C5', 'Bao Tay Ninh', 'Báo Tây Ninh', 'warning'],
      ['D5', 'Phong su', 'Phóng sự', 'warning'],
    ]);
    // Still counted (a warning, not a refusal): for the list's entries.
    expect(report.records.outputs.map((o) => [o.unit, o.channel, o.form])).toEqual([
      ['XHT', 'BTN', 'TIN'],
      ['XTD', 'BTN', 'PS'],
      ['XTD', 'TT-X', 'BAI'],
    ]);
  });

  it('given a unit tracker with "Bao Tay Ninh", says it once as a spelling (not again as the live sheet\'s "tên gọi khác") and normalise rewrites it', async () => {
    const sheets = await templateWorkbook({ outputs: [[d('2018-03-05'), 'Bao Tay Ninh', 'Tin', 'Hội nghị', null, null, null]] }, {});
    const report = validate(sheets);
    expect(spelling(report)).toEqual([['B4', 'Bao Tay Ninh', 'Báo Tây Ninh', 'warning']]);
    expect(report.issues.filter((i) => i.where.cell === 'B4').map((i) => i.code)).toEqual(['validation.name.spelling']);
    const normalised = planNormalise(sheets, { plan, today: '2018-07-01' });
    if (normalised.kind !== 'planned') throw new Error('expected a template');
    expect(normalised.writes.map((w) => [w.cell, w.value])).toEqual([['B4', { kind: 'text', text: 'Báo Tây Ninh' }]]);
  });

  it('given "Xã Thanh Đức" where the plan also has "Xã Thạnh Đức" (two communes a tone mark apart), says nothing: each spelling is its own unit', async () => {
    const twoCommunes: Plan = { ...plan, units: [...plan.units, { code: 'XTDB', name: 'Xã Thanh Đức', aliases: [], level: 'commune' }] };
    const sheets = await templateWorkbook(
      {
        outputs: [
          [d('2018-03-05'), 'Báo Tây Ninh', 'Tin', 'Hội nghị', null, 'Xã Thanh Đức', null],
          [d('2018-03-06'), 'Báo Tây Ninh', 'Tin', 'Một cửa', null, 'Xã Thạnh Đức', null],
        ],
      },
      { plan: twoCommunes },
    );
    const report = validate(sheets, {}, twoCommunes);
    expect(report.records.outputs.map((o) => o.unit)).toEqual(['XTDB', 'XTD']);
    expect(spelling(report)).toEqual([]);
  });
});

describe('a list name punctuated otherwise than the plan writes it', () => {
  it('is no tone-mark twin: "Đài PT&TH Tây Ninh" beside the alias "Đài PT-TH Tây Ninh" (issue 11, a helper’s trial)', () => {
    expect(twinName(plan, 'channel', 'PTTH-T', 'Đài PT&TH Tây Ninh')).toBeNull();
    expect(twinName(plan, 'channel', 'PTTH-T', 'Đài PT - TH, Tây Ninh')).toBeNull();
    // A tone mark off is still one, punctuated or not.
    expect(twinName(plan, 'channel', 'PTTH-T', 'Đai PT&TH Tây Ninh')).toBe('Đài Phát thanh và Truyền hình tỉnh');
  });

  it('on a unit tracker, is told once as a name the live sheet does not count, not as "khác dấu"', async () => {
    const sheets = await templateWorkbook({ outputs: [[d('2018-03-05'), 'Đài PT&TH Tây Ninh', 'Phóng sự', 'Hội nghị', null, null, null]] }, {});
    const report = validate(sheets);
    expect(report.records.outputs.map((o) => o.channel)).toEqual(['PTTH-T']);
    expect(report.issues.filter((i) => i.where.cell === 'B4').map((i) => i.code)).toEqual(['validation.live.alias']);
  });
});

describe('twinNames: twinName asked once per field, code and text (issue 11)', () => {
  it('answers as twinName, asked again or for another field or code', () => {
    const names = twinNames(plan);
    const asks = [
      ['unit', 'XHT', 'Xã Hiếp Thạnh'],
      ['unit', 'XHT', 'Xã Hiệp Thạnh'],
      ['unit', 'XTD', 'Xã Hiếp Thạnh'],
      ['channel', 'BTN', 'Bao Tay Ninh'],
      ['channel', 'BTN', 'Báo TN'],
      ['unit', null, 'Xã Hiếp Thạnh'],
      ['unit', 'XHT', ''],
      ['unit', 'XHT', 'Xã Hiếp Thạnh'],
    ] as const;
    const answers = asks.map(([field, code, typed]) => names(field, code, typed));
    expect(answers).toEqual(asks.map(([field, code, typed]) => twinName(plan, field, code, typed)));
    expect(answers).toEqual(['Xã Hiệp Thạnh', null, null, 'Báo Tây Ninh', null, null, null, 'Xã Hiệp Thạnh']);
  });
});
