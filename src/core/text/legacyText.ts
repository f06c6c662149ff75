import { LONGEST_LABEL } from './fold';
import { decodeLegacy, detectLegacyEncoding, type LegacyEncoding } from './legacyEncoding';

// Per-cell patterns as constants: a literal in a function body is a new RegExp each time it runs (issue 11).
const NOT_PRINTABLE_ASCII = /[^\x20-\x7e]/;

/**
 * Text typed in TCVN3 (ABC) or VNI with a Unicode font ("Th¹nh §øc", "Thaïnh Ñöùc") turned into the
 * Unicode it stands for; other text unchanged. Adoption uses it so an old tracker's titles and
 * channel names come in readable and match the plan; validation still flags the source cells.
 */
export function toUnicode(text: string): string {
  const encoding = detectLegacyEncoding(text);
  return encoding === null ? text : decodeLegacy(text, encoding);
}

/**
 * The legacy encoding a whole sheet was typed in, or null. One cell can look legacy by accident,
 * and a short legacy word ("Héi") cannot be told from French on its own; a sheet where several
 * cells are clearly legacy (or one in ten of its non-ASCII cells) was typed that way throughout,
 * so every cell of it is decoded alike.
 */
export function sheetEncoding(values: readonly (readonly unknown[])[]): LegacyEncoding | null {
  return legacyCells(values).encoding;
}

/** sheetEncoding's answer, and whether any cell of the sheet looks legacy-typed on its own. */
function legacyCells(values: readonly (readonly unknown[])[]): { encoding: LegacyEncoding | null; anyCell: boolean } {
  const counts = new Map<LegacyEncoding, number>();
  // A label (a channel, a unit, a form) repeats down the sheet: each is looked at once (issue 11: a
  // TCVN3 tracker's two labels a row were tested again on every row).
  const labels = new Map<string, LegacyEncoding | null>();
  let nonAscii = 0;
  // The text cells not looked at yet. Once one encoding has 3 cells and more than the other's and
  // every cell left could give, the answer below is settled: the rest of the sheet is not tested (issue
  // 11: a TCVN3 tracker's titles were each tested here, then decoded; about a third of them now are not).
  let textsLeft = 0;
  for (let r = 0; r < values.length; r += 1) {
    const row = values[r] ?? [];
    for (let c = 0; c < row.length; c += 1) if (typeof row[c] === 'string') textsLeft += 1;
  }
  // Indexed loops: this visits every cell of every sheet read, and an array iterator's result
  // objects were the largest garbage of a consolidation before its loops are optimised (issue 11).
  rows: for (let r = 0; r < values.length; r += 1) {
    const row = values[r] ?? [];
    for (let c = 0; c < row.length; c += 1) {
      const cell = row[c];
      if (typeof cell !== 'string') continue;
      textsLeft -= 1;
      if (!NOT_PRINTABLE_ASCII.test(cell)) continue;
      nonAscii += 1;
      let encoding = cell.length <= LONGEST_LABEL ? labels.get(cell) : undefined;
      if (encoding === undefined) {
        encoding = detectLegacyEncoding(cell);
        if (cell.length <= LONGEST_LABEL) labels.set(cell, encoding);
      }
      if (!encoding) continue;
      const count = (counts.get(encoding) ?? 0) + 1;
      counts.set(encoding, count);
      if (count >= 3 && count > (counts.get(encoding === 'VNI' ? 'TCVN3' : 'VNI') ?? 0) + textsLeft) break rows;
    }
  }
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (!best) return { encoding: null, anyCell: false };
  return { encoding: best[1] >= 3 || best[1] * 10 >= nonAscii ? best[0] : null, anyCell: true };
}

/**
 * A decoder for one sheet: decodes every text when the sheet is legacy-typed (but a cell plainly typed
 * in Unicode, UNICODE_ONLY_LETTER), else cell by cell; null
 * when no cell of the sheet looks legacy-typed, so every text reads as it is. Every text cell holding
 * anything but printable ASCII was asked already (the test's own first step needs such a character),
 * and the readers ask of no text but the sheet's own cells: a Unicode sheet's texts are then not looked
 * at again, cell by cell (issue 11).
 */
export function decoderFor(values: readonly (readonly unknown[])[]): ((text: string) => string) | null {
  const { encoding, anyCell } = legacyCells(values);
  if (encoding !== null) return (text) => (UNICODE_ONLY_LETTER.test(text) && detectLegacyEncoding(text) === null ? text : decodeLegacy(text, encoding));
  return anyCell ? toUnicode : null;
}

/**
 * A letter only Unicode Vietnamese text holds (ă, đ, ĩ, ũ, ơ, ư and the toned letters from U+1EA0): no
 * TCVN3 or VNI byte shows as one. A cell of a legacy-typed sheet holding one, and not looking legacy
 * on its own, was typed or pasted in Unicode and is read as it is: decoding it garbled the title
 * ("đánh giá" → "đỏnh giỏ") and hid its duplicate in another unit's file (issue 11's eighth tester).
 */
const UNICODE_ONLY_LETTER = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;
