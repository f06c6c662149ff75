import fc from 'fast-check';
import { readDate, surelyNoDate } from '../../../src/core/dates/readDate';

describe('dates as offices type them', () => {
  it.each([
    [43164, { kind: 'date', iso: '2018-03-05', how: 'serial' }],
    ['05/03/2018', { kind: 'date', iso: '2018-03-05', how: 'text' }],
    ['5-3-2018', { kind: 'date', iso: '2018-03-05', how: 'text' }],
    ['05.03.18', { kind: 'date', iso: '2018-03-05', how: 'text' }],
    ['ngày 12 tháng 3 năm 2018', { kind: 'date', iso: '2018-03-12', how: 'text' }],
    ['Ngày 19/3/2018', { kind: 'date', iso: '2018-03-19', how: 'text' }],
    ['Sáng 23/4/2018', { kind: 'date', iso: '2018-04-23', how: 'text' }],
    ['2018-03-15T00:00:00', { kind: 'date', iso: '2018-03-15', how: 'text' }],
    ['9/4', { kind: 'date', iso: '2018-04-09', how: 'yearAssumed' }],
    ['Tháng 4/2018', { kind: 'monthOnly', year: 2018, month: 4, typed: 'Tháng 4/2018' }],
    ['31/02/2018', { kind: 'bad', typed: '31/02/2018' }],
    ['', { kind: 'blank' }],
    [null, { kind: 'blank' }],
  ])('given %j, reads %j', (raw, reading) => {
    expect(readDate(raw, 2018)).toEqual(reading);
  });

  it('given a date without its year and no year known, cannot read it', () => {
    expect(readDate('9/4')).toEqual({ kind: 'bad', typed: '9/4' });
  });

  it('given a date after any of the words a date may start with, or after what folding drops, still reads it', () => {
    for (const head of ['Sáng ', 'chiều ', 'Tối ', 'TRƯA ', 'Đêm ', 'đêm ', 'Khoảng ', 'Lúc ', 'Ngày ', 'ng ', ', ', ';', ':', '\u037e', '\u0300']) {
      expect(readDate(`${head}5/3/2018`)).toEqual({ kind: 'date', iso: '2018-03-05', how: 'text' });
    }
    expect(readDate('Tháng 4/2018')).toEqual({ kind: 'monthOnly', year: 2018, month: 4, typed: 'Tháng 4/2018' });
  });

  it('given a title holding digits whose first word no date form starts with, reads it as no date; after a date word, still reads the date', () => {
    for (const head of [
      'Trung tâm 5/3/2018',
      'Thông báo 5/3/2018',
      'Đài TT 5/3/2018',
      'Sángtác 5/3/2018',
      'nguyễn 5/3/2018',
      'Ngàyx 5/3/2018',
      'Lúcđó 5/3',
      'Chiềutối 5/3/2018',
      'Ðêm 5/3/2018' /* Icelandic eth, not đ */,
    ]) {
      expect(readDate(head, 2018)).toEqual({ kind: 'bad', typed: head });
    }
    for (const head of ['Sáng ', 'SÁNG  ', 'Ngày', 'ngày ', 'Ng', 'Ng.', 'Tháng ', 'Đêm ', 'Trưa ', 'Khoảng ', 'Lúc ', 'Chiều ngày ', 'Sa\u0301ng ']) {
      const text = `${head}5/3/2018`;
      const reading = readDate(text, 2018);
      if (head === 'Ng.') expect(reading.kind).toBe('bad');
      else if (head === 'Tháng ') expect(reading).toEqual({ kind: 'bad', typed: text });
      else expect(reading).toEqual({ kind: 'date', iso: '2018-03-05', how: 'text' });
    }
  });

  it('given a title holding digits whose first letter no date form starts with, reads it as no date', () => {
    for (const title of ['Phòng Nội vụ: tin số 5 (3)', 'Xã Bàu Đồn 5/3/2018', 'Ấp 3 ngày 5/3/2018', '(5/3/2018)', 'x 5/3/2018']) {
      expect(readDate(title, 2018)).toEqual({ kind: 'bad', typed: title });
    }
  });
});

describe('surelyNoDate, the quick "no date here" the column statistics ask of every text', () => {
  it('never says true where readDate reads a date or a month, over random texts mixing date words, digits and separators', () => {
    const pieces = [
      'Sáng',
      'ngày',
      'Ng',
      'tháng',
      'Khoảng',
      'Đêm',
      'Trung tâm',
      'tin',
      ' ',
      '  ',
      ',',
      ':',
      '/',
      '-',
      '.',
      '5',
      '12',
      '3',
      '2018',
      '18',
      'năm',
      '\u0300',
      '\u00a0',
      'Ấp',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        if (surelyNoDate(text)) expect(['bad', 'blank']).toContain(readDate(text, 2018).kind);
      }),
      { numRuns: 3000 },
    );
  });

  it('given a date, a date after a date word, or a month, says false', () => {
    for (const text of ['5/3/2018', 'Sáng 23/4/2018', 'ngày 12 tháng 3 năm 2018', 'Tháng 4/2018', '9/4', ' 5/3/2018']) expect(surelyNoDate(text)).toBe(false);
  });

  it('given a title without digits or one starting with a word no date starts with, says true', () => {
    for (const text of ['Tuyên truyền CCHC', 'Thông báo số 5', 'Đài TT: tin 12', 'Xã Bàu Đồn 5/3/2018', 'Ngàyx 5/3/2018'])
      expect(surelyNoDate(text)).toBe(true);
  });
});
