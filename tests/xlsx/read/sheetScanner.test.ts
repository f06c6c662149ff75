import fc from 'fast-check';
import { CorruptXlsxError, TooLargeError } from '../../../src/xlsx/errors';
import { ReadBudget, resolveLimits } from '../../../src/xlsx/read/limits';
import { scanSheet, scanSheetPart, type ScannedSheet, type SheetContext } from '../../../src/xlsx/read/sheetScanner';
import { decodePart } from '../../../src/xlsx/read/xmlText';
import { MAIN_NS, REL_NS } from './xlsxParts';

/**
 * A worksheet part of more than 64 KB is decoded in pieces of about 32 KB cut before a row's start
 * tag (issue 11: one string of the whole part cost ~35× its pieces). Whatever the part holds (rows
 * with and without `r`, hidden rows, every kind of cell, Vietnamese text, a prefix, merges and links
 * after the data, one row longer than a piece), it must scan to what the whole part scans to.
 */

const encoder = new TextEncoder();
const PART = 'xl/worksheets/sheet1.xml';
const SHARED = ['Báo Tây Ninh', 'Tin', 'Đài TT huyện', 'Ấp Bàu Sen'];

function context(budget = new ReadBudget(resolveLimits(undefined))): SheetContext {
  return { sharedStrings: SHARED, dateStyles: null, date1904: false, errors: 'text', budget, part: PART };
}

/** The cells a row of `manyRows` may hold, in the forms exporters write. */
const CELLS: readonly ((ref: string) => string)[] = [
  (r) => `<c r="${r}" t="s"><v>${r.length % SHARED.length}</v></c>`,
  (r) => `<c r="${r}"><v>43${r.length}1</v></c>`,
  (r) => `<c r="${r}" t="inlineStr"><is><t>Tuyên truyền CCHC &amp; ${r} – Thạnh Đức</t></is></c>`,
  (r) => `<c r="${r}" t="str"><f>A1&amp;B1</f><v>công thức ${r}</v></c>`,
  (r) => `<c r="${r}" s="3"/>`,
  (r) => `<c r="${r}" t="b"><v>1</v></c>`,
  (r) => `<c r="${r}" t="e"><v>#N/A</v></c>`,
  (r) => `<c r="${r}" s="2" t="n"><v>12.5</v></c>`,
];

interface RowSpec {
  readonly cells: number;
  readonly kind: number;
  readonly numbered: boolean;
  readonly hidden: boolean;
}

function sheetXml(rows: readonly RowSpec[], prefix = '', after = ''): string {
  const p = prefix;
  const body = rows
    .map((spec, i) => {
      const n = i + 1;
      const cells = Array.from({ length: spec.cells }, (_, c) => {
        const cell = (CELLS[(spec.kind + c) % CELLS.length] as (ref: string) => string)(`${String.fromCharCode(65 + c)}${n}`);
        return p === '' ? cell : cell.replace(/<(\/?)(c|v|f|is|t)\b/g, `<$1${p}$2`);
      }).join('');
      const attrs = `${spec.numbered ? ` r="${n}"` : ''}${spec.hidden ? ' hidden="1"' : ''}`;
      return `<${p}row${attrs}>${cells}</${p}row>`;
    })
    .join('\n');
  const ns = p === '' ? `xmlns="${MAIN_NS}"` : `xmlns:${p.slice(0, -1)}="${MAIN_NS}"`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet ${ns} xmlns:r="${REL_NS}"><${p}sheetData>${body}</${p}sheetData>${after}</${p}worksheet>`;
}

/** Merges and links after the data, enough of them to run over several pieces. */
function afterData(count: number, p = ''): string {
  const merges = Array.from({ length: count }, (_, i) => `<${p}mergeCell ref="A${2 * i + 1}:B${2 * i + 1}"/>`).join('');
  const links = Array.from({ length: count }, (_, i) => `<${p}hyperlink ref="C${i + 1}" r:id="rId${i + 1}" location="Sheet2!A${i + 1}"/>`).join('');
  return `<${p}mergeCells count="${count}">${merges}</${p}mergeCells><${p}hyperlinks>${links}</${p}hyperlinks>`;
}

function both(xml: string): { whole: ScannedSheet; pieces: ScannedSheet; bytes: number } {
  const bytes = encoder.encode(xml);
  return { whole: scanSheet(decodePart(bytes, PART), context()), pieces: scanSheetPart(bytes, context()), bytes: bytes.length };
}

/**
 * Where two scans first differ, as a short text (null: they are the same): a failing toEqual of two
 * sheets of thousands of rows spends minutes printing its diff.
 */
function firstDifference(a: ScannedSheet, b: ScannedSheet): string | null {
  for (const key of ['origin', 'merges', 'hiddenRows', 'links'] as const) {
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) return `${key} differ`;
  }
  if (a.values.length !== b.values.length) return `${a.values.length} rows against ${b.values.length}`;
  for (let r = 0; r < a.values.length; r++) {
    const [x, y] = [JSON.stringify(a.values[r]), JSON.stringify(b.values[r])];
    if (x !== y) return `row ${r + a.origin.row}: ${x.slice(0, 200)} against ${y.slice(0, 200)}`;
  }
  return null;
}

const rowSpec = fc.record({ cells: fc.integer({ min: 0, max: 8 }), kind: fc.nat(7), numbered: fc.boolean(), hidden: fc.boolean() });

describe('sheet data decoded in pieces', () => {
  test('given 3,000 rows of every kind of cell (about 900 KB), the values, hidden rows, merges and links are those of the whole part', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => ({ cells: 1 + (i % 8), kind: i % 8, numbered: i % 7 !== 3, hidden: i % 11 === 0 }));
    const { whole, pieces, bytes } = both(sheetXml(rows, '', afterData(2000)));
    expect(bytes).toBeGreaterThan(500_000);
    expect(firstDifference(pieces, whole)).toBeNull();
    expect(pieces.values[2]?.[0]).toBe('Tuyên truyền CCHC & A3 – Thạnh Đức');
    expect(pieces.hiddenRows).toContain(1200);
    expect(pieces.merges).toHaveLength(2000);
    expect(pieces.links[1999]).toEqual({ row: 2000, column: 3, relId: 'rId2000', location: 'Sheet2!A2000' });
  });

  test('given any rows, numbered or not, hidden or not, the part reads as the whole one does (prefixed or not)', () => {
    fc.assert(
      fc.property(fc.array(rowSpec, { minLength: 300, maxLength: 900 }), fc.constantFrom('', 'x:'), (rows, prefix) => {
        const { whole, pieces } = both(sheetXml(rows, prefix, afterData(rows.length % 50, prefix)));
        expect(firstDifference(pieces, whole)).toBeNull();
      }),
      { numRuns: 25, endOnFailure: true },
    );
  });

  test('given one row longer than a piece (2,000 inline texts), it is scanned whole', () => {
    const long = { cells: 0, kind: 0, numbered: true, hidden: false };
    const cells = Array.from({ length: 2000 }, (_, c) => `<c r="A${c}" t="inlineStr"><is><t>Đ${'ư'.repeat(20)} ${c}</t></is></c>`).join('');
    const xml = sheetXml([long, long, long]).replace('<row r="2"></row>', `<row r="2">${cells}</row>`);
    const { whole, pieces, bytes } = both(xml);
    expect(bytes).toBeGreaterThan(100_000);
    expect(firstDifference(pieces, whole)).toBeNull();
  });

  test('given a DOCTYPE in a large sheet part, it is refused as damaged', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ({ cells: 4, kind: i % 8, numbered: true, hidden: false }));
    const xml = sheetXml(rows).replace('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>', '$&<!DOCTYPE worksheet [<!ENTITY a "b">]>');
    expect(() => scanSheetPart(encoder.encode(xml), context())).toThrow(CorruptXlsxError);
  });

  test('given a part cut short inside a row, the rows before it read as from the whole text', () => {
    const rows = Array.from({ length: 1500 }, (_, i) => ({ cells: 5, kind: i % 8, numbered: true, hidden: false }));
    const xml = sheetXml(rows);
    const cut = xml.slice(0, xml.length - 3000);
    const bytes = encoder.encode(cut);
    expect(firstDifference(scanSheetPart(bytes, context()), scanSheet(cut, context()))).toBeNull();
  });

  test('given a clock past the time limit, the scan stops in the first piece past 8,192 cells, as the whole one does', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => ({ cells: 6, kind: i % 8, numbered: true, hidden: false }));
    let now = 0;
    const late = (): SheetContext => context(new ReadBudget(resolveLimits({ maxMilliseconds: 10 }), () => (now += 100)));
    const bytes = encoder.encode(sheetXml(rows));
    expect(() => scanSheetPart(bytes, late())).toThrow(TooLargeError);
  });
});
