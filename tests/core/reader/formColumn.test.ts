import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import { readBook } from '../../../src/core/reader/readBook';
import { checkReading } from '../../../src/core/validation/validateWorkbook';
import { d, rawSheet } from '../validation/support';

/** An office's log whose "Hình thức" cells hold what was typed there, a channel's name among them (issue 11's fifth tester, F3). */
function log(forms: readonly string[]) {
  return rawSheet('Nhật ký', [
    ['SỔ THEO DÕI TIN, BÀI CCHC NĂM 2018 - XÃ THẠNH ĐỨC'],
    ['STT', 'Ngày', 'Tên tin, bài', 'Kênh', 'Hình thức'],
    ...forms.map((form, i) => [i + 1, d(`2018-03-0${i + 1}`), `Thạnh Đức tuyên truyền thủ tục hành chính số ${i + 1}`, 'Cổng thông tin điện tử tỉnh', form]),
  ]);
}

describe('a channel’s name typed in the form column', () => {
  it('given "Cổng thông tin điện tử tỉnh" or "Báo Tây Ninh" as the form, neither is read as a form: both are the same error at their cell', () => {
    const sheets = [log(['Tin', 'Cổng thông tin điện tử tỉnh', 'Báo Tây Ninh'])];
    const reading = readBook(GO_DAU_116, sheets, { file: 'xa-thanh-duc.xlsx' });
    expect(reading.outputs.map((e) => e.record.form)).toEqual(['TIN', null, null]);
    const report = checkReading(GO_DAU_116, sheets, reading, { today: '2018-12-31', period: undefined, unit: 'XTD', file: 'xa-thanh-duc.xlsx' });
    const formIssues = report.issues.filter((i) => i.where.cell === 'E4' || i.where.cell === 'E5').map((i) => [i.where.cell, i.code, i.severity]);
    expect(formIssues).toEqual([
      ['E4', 'validation.name.unknownOwn', 'error'],
      ['E5', 'validation.name.unknownOwn', 'error'],
    ]);
  });

  it('given a form named inside a longer text that names no channel ("tin ngắn về CCHC"), it is still that form', () => {
    const reading = readBook(GO_DAU_116, [log(['tin ngắn về CCHC'])], { file: 'xa-thanh-duc.xlsx' });
    expect(reading.outputs.map((e) => e.record.form)).toEqual(['TIN']);
  });
});
