import { decodeLegacy, detectLegacyEncoding, type LegacyEncoding } from '../../text/legacyEncoding';
import { cellOf, columnOf, excerpt, headerOf, recordRule } from '../rule';
import type { FieldOf, RecordKind } from '../../records/types';
import type { Entry, EntryOf } from '../types';

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

/** Whether each of TEXT_FIELDS is one of LIST_FIELDS, place for place: asked for every cell. */
const LISTED: Readonly<Record<RecordKind, readonly boolean[]>> = {
  output: TEXT_FIELDS.output.map((f) => LIST_FIELDS.has(f)),
  standing: TEXT_FIELDS.standing.map((f) => LIST_FIELDS.has(f)),
  spending: TEXT_FIELDS.spending.map((f) => LIST_FIELDS.has(f)),
};

/**
 * The encoding each sheet was typed in: the one most of its legacy-looking cells, and at least 3, are
 * found in, as the reader decides a sheet's encoding and decodes every cell of it so (text/legacyText
 * sheetEncoding). A TCVN3 title can look like VNI on its own ("H­íng dÉn", "thñ tôc"), and was then told
 * with a misdecoded text, though the reader had read it right: a helper's TCVN3 tracker with 3 such
 * titles among 8 TCVN3 cells was told "VNI" with a garbled suggestion (issue 11), while four in five
 * were asked for. A sheet with fewer than 3 keeps each cell's own encoding.
 */
function dominantEncodings(tallies: ReadonlyMap<string, Readonly<Record<LegacyEncoding, number>>>): Map<string, LegacyEncoding> {
  const dominant = new Map<string, LegacyEncoding>();
  for (const [sheet, { TCVN3, VNI }] of tallies) {
    const [best, count, other]: [LegacyEncoding, number, number] = VNI > TCVN3 ? ['VNI', VNI, TCVN3] : ['TCVN3', TCVN3, VNI];
    if (count >= 3 && count > other) dominant.set(sheet, best);
  }
  return dominant;
}

/** One column's cells of one encoding: counted, first and last kept as entry and field (their address is built once, at the end). */
interface Run {
  readonly sheet: string;
  readonly header: string;
  readonly encoding: LegacyEncoding;
  /** The order of the run's first and last cells among every legacy cell met. */
  firstOrder: number;
  lastOrder: number;
  readonly firstEntry: Entry;
  readonly firstField: string;
  readonly firstText: string;
  lastEntry: Entry;
  lastField: string;
  count: number;
}

/** The runs of the last table met, by field: entries come table by table. */
interface RunsOfTable {
  readonly kind: RecordKind | null;
  readonly table: object | null;
  readonly columns: object | null;
  readonly sheet: string;
  /** By the field's place in TEXT_FIELDS of the entries' kind. */
  readonly byField: (Partial<Record<LegacyEncoding, Run>> | undefined)[];
}

/** rule.ts cellOf for an entry of any kind and one of its field names. */
function addressOf(entry: Entry, field: string): string | undefined {
  return cellOf(entry as EntryOf<'output'>, field as FieldOf<'output'>);
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
    // Runs by sheet, column, header and the cells' own encoding, built without an object or a key
    // string per cell: a tracker typed in TCVN3 throughout has every title, note and name so, and
    // a record and a group key per cell were a third of this rule there (issue 11).
    const runs = new Map<string, Map<string, Map<string, Partial<Record<LegacyEncoding, Run>>>>>();
    const tallies = new Map<string, Record<LegacyEncoding, number>>();
    let order = 0;
    let runsOf: RunsOfTable = { kind: null, table: null, columns: null, sheet: '', byField: [] };
    // The last sheet's tally: entries come sheet by sheet.
    let tallySheet: string | undefined;
    let tally: Record<LegacyEncoding, number> = { TCVN3: 0, VNI: 0 };
    // One loop over entries and their fields, no visitor or helper called per cell: the command line
    // compiles without inlining (cli/engineFlags), and a call, a Set and two Map lookups per cell were
    // most of this rule's time on a TCVN3 tracker (issue 11: 220 ms on 200,000 rows).
    for (let i = 0; i < entries.length; i += 1) {
      const e = entries[i] as Entry;
      const fields: readonly string[] = TEXT_FIELDS[e.kind];
      const listed: readonly boolean[] = LISTED[e.kind];
      const cellTexts = e.text as Readonly<Record<string, string | undefined>>;
      for (let f = 0; f < fields.length; f += 1) {
        const field = fields[f] as string;
        const text = cellTexts[field] ?? '';
        const encoding = text === '' ? null : listed[f] === true ? encodingOfListed(text) : detectLegacyEncoding(text);
        if (encoding === null) continue;
        const sheet = e.raw.source.sheet;
        if (sheet !== tallySheet) {
          tallySheet = sheet;
          const known = tallies.get(sheet);
          if (known === undefined) tallies.set(sheet, (tally = { TCVN3: 0, VNI: 0 }));
          else tally = known;
        }
        if (encoding === 'VNI') tally.VNI += 1;
        else tally.TCVN3 += 1;
        // A field's column and header are its table's (rule.ts columnOf, headerOf) unless the entry names
        // the cell elsewhere (a channel marked in a sub-column): the runs of the entries' own table are
        // kept for its fields, and the three lookups below made once per table and field, not per cell.
        const own = e.raw.addresses?.[field as keyof typeof e.raw.addresses] === undefined;
        if (own && (e.kind !== runsOf.kind || e.table !== runsOf.table || e.raw.columns !== runsOf.columns || sheet !== runsOf.sheet))
          runsOf = { kind: e.kind, table: e.table, columns: e.raw.columns, sheet, byField: [] };
        let byEncoding = own ? runsOf.byField[f] : undefined;
        if (byEncoding === undefined) {
          const header = headerOf(e as EntryOf<'output'>, field as FieldOf<'output'>);
          const column = columnOf(e as EntryOf<'output'>, field as FieldOf<'output'>);
          let byColumn = runs.get(sheet);
          if (byColumn === undefined) runs.set(sheet, (byColumn = new Map<string, Map<string, Partial<Record<LegacyEncoding, Run>>>>()));
          let byHeader = byColumn.get(column);
          if (byHeader === undefined) byColumn.set(column, (byHeader = new Map<string, Partial<Record<LegacyEncoding, Run>>>()));
          byEncoding = byHeader.get(header);
          if (byEncoding === undefined) byHeader.set(header, (byEncoding = {}));
          if (own) runsOf.byField[f] = byEncoding;
        }
        const run = encoding === 'VNI' ? byEncoding.VNI : byEncoding.TCVN3;
        if (run === undefined)
          byEncoding[encoding] = {
            sheet,
            header: headerOf(e as EntryOf<'output'>, field as FieldOf<'output'>),
            encoding,
            firstOrder: order,
            lastOrder: order,
            firstEntry: e,
            firstField: field,
            firstText: text,
            lastEntry: e,
            lastField: field,
            count: 1,
          };
        else {
          run.count += 1;
          run.lastOrder = order;
          run.lastEntry = e;
          run.lastField = field;
        }
        order += 1;
      }
    }
    const sheetEncoding = dominantEncodings(tallies);
    // A sheet plainly typed in one encoding tells each column's cells as that one: its runs of either encoding join.
    const told: Run[] = [];
    for (const [sheet, byColumn] of runs) {
      const dominant = sheetEncoding.get(sheet);
      for (const byHeader of byColumn.values())
        for (const byEncoding of byHeader.values()) {
          const [a, b] = [byEncoding.TCVN3, byEncoding.VNI];
          if (dominant === undefined || a === undefined || b === undefined) {
            for (const run of [a, b]) if (run !== undefined) told.push(dominant === undefined ? run : { ...run, encoding: dominant });
            continue;
          }
          const early = a.firstOrder < b.firstOrder ? a : b;
          const latest = a.lastOrder > b.lastOrder ? a : b;
          told.push({
            ...early,
            encoding: dominant,
            count: a.count + b.count,
            lastOrder: latest.lastOrder,
            lastEntry: latest.lastEntry,
            lastField: latest.lastField,
          });
        }
    }
    told.sort((x, y) => x.firstOrder - y.firstOrder);
    for (const run of told) {
      const { header: field, encoding } = run;
      const text = run.firstText;
      const first = addressOf(run.firstEntry, run.firstField);
      const last = addressOf(run.lastEntry, run.lastField);
      // Only the first cell's text is decoded for the message: the rest are counted (issue 11).
      const params = { field, encoding, value: excerpt(text, 40), decoded: excerpt(decodeLegacy(text, encoding), 40) };
      const where = { sheet: run.sheet, cell: first };
      if (run.count === 1) emit('legacy', where, params);
      else emit('legacyMany', where, { ...params, count: run.count, from: first ?? '', to: last ?? '' });
    }
  },
});
