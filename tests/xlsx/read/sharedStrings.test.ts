import { CorruptXlsxError } from '../../../src/xlsx/errors';
import { readSharedStrings, readSharedStringsPart } from '../../../src/xlsx/read/sharedStrings';
import { MAIN_NS } from './xlsxParts';

/**
 * A shared strings part of more than 64 KB is decoded in pieces of about 32 KB cut before a `<`
 * (issue 11): items cut across pieces, entities and escapes, rich text, phonetic runs and prefixes
 * must read as they do from the whole part.
 */

const encoder = new TextEncoder();
const PART = 'xl/sharedStrings.xml';

/** Items of every kind the reader tells apart, and the text each reads as. */
const KINDS: ReadonlyArray<readonly [string, string]> = [
  ['<si><t>Xã Bàu Đồn: tuyên truyền cải cách hành chính</t></si>', 'Xã Bàu Đồn: tuyên truyền cải cách hành chính'],
  ['<si><t xml:space="preserve"> Trạm truyền thanh xã </t></si>', ' Trạm truyền thanh xã '],
  ['<si><t>P.VH&amp;TT &lt;x&gt; H&#x1EA1;nh</t></si>', 'P.VH&TT <x> Hạnh'],
  ['<si><t>dòng_x000D_ hai</t></si>', 'dòng\r hai'],
  ['<si><t>giữ_x_nguyên</t></si>', 'giữ_x_nguyên'],
  ['<si><r><rPr><b/></rPr><t xml:space="preserve">Xã </t></r><r><t>Thạnh Đức</t></r></si>', 'Xã Thạnh Đức'],
  ['<si><r><t>東京</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>', '東京'],
  ['<si><t/></si>', ''],
  ['<si/>', ''],
  ['<si><t>Báo Tây Ninh</t><phoneticPr fontId="1"/></si>', 'Báo Tây Ninh'],
];

function sst(items: readonly string[], prefix = '', prolog = ''): string {
  const body = items.map((item) => (prefix === '' ? item : item.replace(/<(\/?)(si|t|r|rPr|b|rPh|phoneticPr)\b/g, `<$1${prefix}$2`))).join('');
  const ns = prefix === '' ? `xmlns="${MAIN_NS}"` : `xmlns:${prefix.slice(0, -1)}="${MAIN_NS}"`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${prolog}<${prefix}sst ${ns} count="${items.length}">${body}</${prefix}sst>`;
}

/** `count` items cycling through KINDS, each numbered so that no two read alike. */
function manyItems(count: number): { items: string[]; texts: string[] } {
  const items: string[] = [];
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    const [item, text] = KINDS[i % KINDS.length] as readonly [string, string];
    const numbered = text === '' ? item : item.replace(/(<t[^>/]*>)([^<]*)/, `$1$2 ${i}`);
    items.push(numbered);
    texts.push(text === '' ? '' : numberedText(item, text, i));
  }
  return { items, texts };
}

/** The text an item numbered by `manyItems` reads as: its first run gets " i". */
function numberedText(item: string, text: string, i: number): string {
  const first = /<t[^>/]*>([^<]*)/.exec(item)?.[1] ?? '';
  const decodedFirst = readSharedStrings(sst([`<si><t>${first}</t></si>`]))[0] ?? '';
  return `${decodedFirst} ${i}${text.slice(decodedFirst.length)}`;
}

describe('shared strings decoded in pieces', () => {
  test('given 3,000 items of every kind (about 160 KB), every item reads as it does from the whole part, in order', () => {
    const { items, texts } = manyItems(3000);
    const xml = sst(items);
    const bytes = encoder.encode(xml);
    expect(bytes.length).toBeGreaterThan(150_000);
    const read = readSharedStringsPart(bytes, PART);
    expect(read).toEqual(texts);
    expect(read).toEqual(readSharedStrings(xml));
  });

  test('given a prefixed part (x:sst, x:si, x:t), the items read through every piece', () => {
    const { items, texts } = manyItems(2000);
    const bytes = encoder.encode(sst(items, 'x:'));
    expect(bytes.length).toBeGreaterThan(100_000);
    expect(readSharedStringsPart(bytes, PART)).toEqual(texts);
  });

  test('given one item longer than a piece (an 80,000-character rich text), it is read whole', () => {
    const long = 'Đ'.repeat(40_000);
    const items = ['<si><t>đầu</t></si>', `<si><r><t>${long}</t></r><r><t>${long}</t></r></si>`, '<si><t>cuối &amp; hết</t></si>'];
    expect(readSharedStringsPart(encoder.encode(sst(items)), PART)).toEqual(['đầu', long + long, 'cuối & hết']);
  });

  test('given a prolog comment longer than the first piece, the part reads as a whole one does', () => {
    const { items, texts } = manyItems(1000);
    const comment = `<!-- ${'ghi chú '.repeat(6000)} -->`;
    expect(readSharedStringsPart(encoder.encode(sst(items, '', comment)), PART)).toEqual(texts);
  });

  test('given a DOCTYPE in a large part, before or after a long comment, the part is refused as damaged', () => {
    const { items } = manyItems(1000);
    for (const prolog of ['<!DOCTYPE sst [<!ENTITY a "b">]>', `<!-- ${'x'.repeat(40_000)} --><!DOCTYPE sst [<!ENTITY a "b">]>`]) {
      const read = () => readSharedStringsPart(encoder.encode(sst(items, '', prolog)), PART);
      expect(read).toThrow(CorruptXlsxError);
    }
  });

  test('given items on lines of their own (an indented part), every piece reads as the whole part does', () => {
    const { items, texts } = manyItems(3000);
    const xml = sst(items.map((item) => `\n  ${item}`));
    expect(readSharedStringsPart(encoder.encode(xml), PART)).toEqual(texts);
  });

  test('given a part cut short inside an item, the items before it read as from the whole text', () => {
    const { items } = manyItems(2000);
    const xml = sst(items);
    const cut = xml.slice(0, xml.length - 5000);
    expect(readSharedStringsPart(encoder.encode(cut), PART)).toEqual(readSharedStrings(cut));
  });
});
