import fc from 'fast-check';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import { createLabelResolver } from '../../../src/core/reader/labels';
import { classifyRow, isTotalLabel } from '../../../src/core/reader/rowKinds';

const labels = createLabelResolver(GO_DAU_116);

/** isTotalLabel as written before it looked at the first letter only (issue 11): the shortcut must never change an answer. */
function totalByRule(text: string): boolean {
  const folded = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
  const match = /^(tong cong|tong so|tong|cong lai|cong|total|sum)\b\s*(.*)$/.exec(folded);
  if (!match) return false;
  const first = /^\p{L}+/u.exec(text.normalize('NFC').trimStart().toLowerCase())?.[0] ?? '';
  if (/[^a-z]/.test(first) && first !== 'cộng' && first !== 'tổng') return false;
  const rest = (match[2] ?? '').replace(/^[:=\s]+/, '');
  if (rest === '' || /^[(\d]/.test(rest)) return true;
  return (
    !/^(dong|tac|san|hoa|huong|su|cu|ket|hop|quan|the|dai|cuc|bien|ra|ve|giam|dieu|thong|lien|doan|cong ty|viec)\b/.test(rest) && rest.split(' ').length <= 4
  );
}

describe('total rows, by place and shape', () => {
  it.each(['Cộng', 'Tổng cộng', 'TỔNG CỘNG:', 'Tổng cộng (I+II+III)', 'Cộng quý I', 'Tổng số tin', 'Cộng: 3 tin', 'Cong', 'Tong cong', 'TONG SO'])(
    '"%s" is a total',
    (text) => {
      expect(isTotalLabel(text)).toBe(true);
    },
  );
  it.each([
    'Cộng đồng dân cư tham gia giám sát',
    'Tổng kết công tác cải cách hành chính',
    'Tổng hợp ý kiến người dân',
    'Cộng tác viên tuyên truyền',
    'CÔNG VIỆC THƯỜNG XUYÊN',
    'Công khai thủ tục',
    'Cong viec thuong xuyen',
    // issue 11's tester, D1: "Cổng" (the portal) folds to "cong" like "Cộng"; typed with its marks it is a channel
    'Cổng TTĐT tỉnh',
    'CỔNG THÔNG TIN ĐIỆN TỬ',
    'Cống thoát nước khu phố 3',
  ])('"%s" is a news item, not a total', (text) => {
    expect(isTotalLabel(text)).toBe(false);
  });
});

describe('total rows, decided from the first word first', () => {
  test('given a total word after or within which any character stands, answers as the full rule does', () => {
    const wrong: string[] = [];
    for (let code = 0; code < 0x3100; code += 1) {
      const character = String.fromCharCode(code);
      for (const text of [
        `${character}ổng cộng`,
        ` \u0301${character}ong`,
        `${character}um`,
        character,
        `T${character}ng cộng`,
        `Tổng${character} 5`,
        `Su${character}`,
        `Totalx${character}`,
      ])
        if (isTotalLabel(text) !== totalByRule(text)) wrong.push(text);
    }
    expect(wrong).toEqual([]);
  });

  test('given text made of spaces, tone marks and total words, answers as the full rule does', () => {
    const parts = [
      ' ',
      '\t',
      '\u00a0',
      '\u0301',
      '\u0340',
      'T',
      'Ṭ',
      'ţ',
      'C',
      'Ç',
      'S',
      'ſ',
      'İ',
      'Tổng',
      'Cộng',
      'Sum',
      'TOTAL',
      'cộng',
      ' số',
      'ong',
      ': 3',
      '(I)',
      'đồng',
      'x',
      '1',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 8 }), (chosen) => {
        const text = chosen.join('');
        expect(isTotalLabel(text)).toBe(totalByRule(text));
      }),
      { numRuns: 3000 },
    );
  });

  test('given a long label whose total word is followed by many colons, counts the words after them as the full rule does', () => {
    for (const text of ['Tổng : : : Tổng Tổng Tổng Tổng Tổng', 'Tổng số : : : : : : : tin bài đăng trên báo Tây Ninh', 'Cộng : : : : : : : 5'])
      expect(isTotalLabel(text)).toBe(totalByRule(text));
  });

  test('given long labels of many words (titles starting "Công khai…", "Tổng số 12 tin…"), answers as the full rule does', () => {
    const words = ['Tổng', 'cộng', 'Cộng', 'số', 'Công', 'khai', 'kết', ':', '12', '(I+II)', 'tin', 'bài', 'đồng', 'cong ty', ' ', '\t', 'x', 'tháng'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 30 }), fc.constantFrom(' ', '  ', '\u00a0'), (chosen, gap) => {
        const text = chosen.join(gap);
        expect(isTotalLabel(text)).toBe(totalByRule(text));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('rows under a header', () => {
  const shape = { dateColumn: 2, seqColumn: 1 };
  it.each([
    ['a dated item', [1, '05/03/2018', 'Báo Tây Ninh', 'Tin về một cửa'], 'data'],
    ['an item missing its date', [2, null, 'Báo Tây Ninh', 'Tin về một cửa'], 'data'],
    ['a dateless item titled "Cộng đồng…"', [3, null, null, 'Cộng đồng dân cư tham gia giám sát'], 'data'],
    ['a total', [null, 'Tổng cộng', null, null, 17], 'total'],
    ['a section naming the channel', ['I', 'BÁO TÂY NINH'], 'section'],
    // issue 11's tester, D2: a part numbered like the channels' sections stays a section whatever it names
    ['a numbered part naming no plan channel', ['II. TikTok cá nhân'], 'section'],
    ['a part naming no plan channel beside its number', ['II', 'TikTok cá nhân'], 'section'],
    ['a numbered part that is a period', ['II. QUÝ II'], 'title'],
    ['a numbered month', ['III', 'Tháng 3'], 'title'],
    ['a month heading', ['THÁNG 3 NĂM 2018'], 'title'],
    ['a section title above the standing work (issue 13, eighth tester, D9)', ['CÔNG VIỆC THƯỜNG XUYÊN'], 'title'],
    ['a pre-numbered empty row', [15], 'blank'],
    ['an empty row', [], 'blank'],
  ])('given %s, reads it as %s', (_label, cells, kind) => {
    expect(classifyRow(cells, shape, labels).kind).toBe(kind);
  });
});

describe('a subtotal under each unit of a log of several units (issue 11, fourth tester, F1)', () => {
  const shape = { dateColumn: 2, seqColumn: 1 };
  it.each([
    ['Cộng Văn phòng HĐND và UBND huyện', 'total'],
    ['Cộng Đài Truyền thanh huyện', 'total'],
    ['Cộng Bộ phận tiếp nhận và trả kết quả huyện', 'total'],
    ['Tổng cộng Báo Tây Ninh', 'total'],
    ['Cộng đồng dân cư tham gia giám sát hoạt động của chính quyền', 'data'],
    ['Cộng tác viên tuyên truyền ở các khu phố và ấp của xã', 'data'],
  ])('given "%s" alone without a date, reads it as %s', (label, kind) => {
    expect(classifyRow([null, null, label], shape, labels).kind).toBe(kind);
  });
});

describe('a numbered part naming no plan channel', () => {
  const shape = { dateColumn: 2, seqColumn: 1 };
  it('gives its rows the part words without the numbering, as the plan would name the channel', () => {
    expect(classifyRow(['III. Kênh TikTok của xã'], shape, labels).section?.label).toBe('Kênh TikTok của xã');
    expect(classifyRow(['II', 'TikTok cá nhân'], shape, labels).section?.label).toBe('TikTok cá nhân');
  });
});

describe('dated rows, decided before their texts are tidied', () => {
  const shape = { dateColumn: 2, seqColumn: 1 };
  it('given a dated row, it is data whatever its words', () => {
    expect(classifyRow([1, 43165, 'Cộng', null], shape, labels).kind).toBe('data');
    expect(classifyRow([null, 43165, '  ', 'Báo Tây Ninh'], shape, labels).kind).toBe('data');
  });

  it('given a row holding only its pre-typed number and white space, it is blank', () => {
    expect(classifyRow(['5', null, ' \u00a0 ', '\t'], shape, labels).kind).toBe('blank');
  });

  it('given any cells, answers as the rule does when the date column is not looked at first', () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.constant(43165),
      fc.constant(3),
      fc.constantFrom(' ', '\u00a0', '5', 'Cộng', 'Báo Tây Ninh', 'THÁNG 3', '5/3/2018', 'tin'),
    );
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 5 }), (cells) => {
        const withDate = classifyRow(cells, shape, labels).kind;
        const kindWithoutDate = classifyRow(cells, { seqColumn: 1 }, labels).kind;
        const date = cells[1] ?? null;
        const dated = typeof date === 'number' ? date === 43165 : date === '5/3/2018';
        // Without the date column the same rule applies except that a dated row is data.
        expect(withDate).toBe(dated && kindWithoutDate !== 'blank' ? 'data' : kindWithoutDate);
      }),
    );
  });
});
