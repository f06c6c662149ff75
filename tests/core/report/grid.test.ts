import { lineCount, MAX_ROW_HEIGHT, rowHeight, spanWidthPt } from '../../../src/core/report/grid';

describe('wrapped text estimate', () => {
  const full = spanWidthPt(1, 10);

  it.each([
    { what: 'a short line', text: 'BÁO CÁO', lines: 1 },
    { what: 'an explicit line break', text: 'Đã\n05/3/2018', lines: 2 },
    {
      what: 'a paragraph of the report body',
      text: 'Thực hiện Kế hoạch số 116/KH-UBND ngày 06/6/2018 của UBND huyện Gò Dầu về tăng cường công tác tuyên truyền cải cách hành chính năm 2018, Phòng Nội vụ tổng hợp kết quả thực hiện như sau:',
      lines: 3,
    },
  ])('$what over the full width at 13 pt takes $lines line(s)', ({ text, lines }) => {
    expect(lineCount(text, full, 13, false)).toBe(lines);
  });

  it('takes more lines in a narrower span and in bold', () => {
    const text = 'Lũy kế từ đầu năm';
    expect(lineCount(text, spanWidthPt(7, 7), 13, true)).toBeGreaterThan(lineCount(text, spanWidthPt(7, 10), 13, true));
    const long = 'Kết quả thực hiện Kế hoạch tăng cường công tác tuyên truyền cải cách hành chính 6 tháng đầu năm 2018';
    expect(lineCount(long, full, 14, true)).toBeGreaterThanOrEqual(lineCount(long, full, 14, false));
  });

  it('breaks a word longer than the column across lines', () => {
    expect(lineCount('x'.repeat(200), spanWidthPt(1, 1), 13, false)).toBeGreaterThan(3);
  });

  it('gives a single line of 13 pt about the height Excel uses', () => {
    expect(rowHeight(1, 13)).toBeGreaterThanOrEqual(16.5);
    expect(rowHeight(1, 13)).toBeLessThanOrEqual(19);
    expect(rowHeight(3, 13)).toBeCloseTo(3 * rowHeight(1, 13), -1);
  });

  it('never asks Excel for a row taller than it allows', () => {
    expect(rowHeight(lineCount('chữ '.repeat(3000), spanWidthPt(1, 10), 13, false), 13)).toBe(MAX_ROW_HEIGHT);
  });
});
