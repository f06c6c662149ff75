import { decodeLegacy, detectLegacyEncoding, type LegacyEncoding } from '../../text/legacyEncoding';
import { at, columnRuns, eachField, excerpt, headerOf, recordRule, textOf } from '../rule';

/**
 * Text typed in TCVN3 (ABC) or VNI with a Unicode font ("Th¹nh §øc", "Thaïnh Ñöùc"): it reads as
 * gibberish in reports and matches no plan name. One warning per column of a sheet typed that way,
 * at its first such cell, with the likely Unicode text and how many cells of the column are so:
 * the cure (Unikey's converter) is applied to a whole table at once, and a tracker typed in TCVN3
 * throughout gave 4,500 warnings a file, one per cell (issue 11's third tester). A lone cell is told
 * as before (`legacy`); a column of several cells as `legacyMany`, from its first to its last cell.
 */
const TEXT_FIELDS = {
  output: ['channel', 'form', 'title', 'unit', 'note'],
  standing: ['item', 'title', 'unit', 'state', 'evidence', 'note'],
  spending: ['content', 'fundingSource', 'unit', 'note'],
} as const;

/** The fields whose cells name an entry of one of the plan's lists: few distinct texts however many rows. */
const LIST_FIELDS: ReadonlySet<string> = new Set(['channel', 'form', 'unit', 'item', 'state', 'fundingSource']);

/**
 * The encoding each sheet was plainly typed in: one that at least 3 of its legacy-looking cells and
 * four in five of them are found in. A TCVN3 title can look like VNI on its own ("H­íng dÉn"), and was
 * then told with a misdecoded text; a sheet of truly mixed cells keeps each cell's own encoding.
 */
function dominantEncodings(cells: readonly { readonly sheet: string; readonly encoding: LegacyEncoding }[]): Map<string, LegacyEncoding> {
  const tallies = new Map<string, Record<LegacyEncoding, number>>();
  for (const c of cells) {
    let tally = tallies.get(c.sheet);
    if (tally === undefined) tallies.set(c.sheet, (tally = { TCVN3: 0, VNI: 0 }));
    tally[c.encoding] += 1;
  }
  const dominant = new Map<string, LegacyEncoding>();
  for (const [sheet, { TCVN3, VNI }] of tallies) {
    const [best, count, other]: [LegacyEncoding, number, number] = VNI > TCVN3 ? ['VNI', VNI, TCVN3] : ['TCVN3', TCVN3, VNI];
    if (count >= 3 && count >= 4 * other) dominant.set(sheet, best);
  }
  return dominant;
}

export const legacyText = recordRule({
  id: 'legacy-encoding',
  appliesTo: ['output', 'standing', 'spending'],
  issues: {
    legacy: { code: 'validation.encoding.legacy', severity: 'warning' },
    legacyMany: { code: 'validation.encoding.legacyMany', severity: 'warning' },
  },
  check: (entries, _context, emit) => {
    // A list cell repeats a few names over every row: each name is looked at once per workbook (issue 11).
    const listed = new Map<string, LegacyEncoding | null>();
    const encodingOfListed = (text: string): LegacyEncoding | null => {
      let encoding = listed.get(text);
      if (encoding === undefined) {
        encoding = detectLegacyEncoding(text);
        listed.set(text, encoding);
      }
      return encoding;
    };
    const cells: { sheet: string; cell: string | undefined; field: string; encoding: LegacyEncoding; text: string }[] = [];
    for (const entry of entries) {
      eachField(entry, TEXT_FIELDS, (e, field) => {
        const text = textOf(e, field);
        const encoding = text === '' ? null : LIST_FIELDS.has(field) ? encodingOfListed(text) : detectLegacyEncoding(text);
        if (encoding === null) return;
        const where = at(e, field);
        cells.push({ sheet: where.sheet, cell: where.cell, field: headerOf(e, field), encoding, text });
      });
    }
    const sheetEncoding = dominantEncodings(cells);
    // One group per column of a sheet, header and encoding, in the order their first cells are met.
    const columns = columnRuns<{ field: string; encoding: LegacyEncoding; text: string }>();
    for (const c of cells) {
      const encoding = sheetEncoding.get(c.sheet) ?? c.encoding;
      columns.add(c, `${c.field}\u0000${encoding}`, () => ({ field: c.field, encoding, text: c.text }));
    }
    for (const c of columns.runs()) {
      const { field, encoding, text } = c.found;
      // Only the first cell's text is decoded for the message: the rest are counted (issue 11).
      const params = { field, encoding, value: excerpt(text, 40), decoded: excerpt(decodeLegacy(text, encoding), 40) };
      const where = { sheet: c.sheet, cell: c.first };
      if (c.count === 1) emit('legacy', where, params);
      else emit('legacyMany', where, { ...params, count: c.count, from: c.first ?? '', to: c.last ?? '' });
    }
  },
});
