import { createPlanLookup, type PlanLookup } from '../plan/planLookup';
import type { Plan } from '../plan/types';
import { itemByTitle } from '../records/itemByTitle';
import { headerOf } from '../validation/rule';
import { createSuggester, type Suggester } from '../validation/suggest';
import type { EntriesByKind, Entry, EntryOf, Table } from '../validation/types';
import type { BookReading, OutputEntry } from './readBook';
import type { ReadingNote } from './types';

/**
 * Gives the rows whose unit cell is blank to the unit that sent the workbook (its stamp, its file
 * name or title rows, or the officer's choice). A unit cell that names something the plan does
 * not know stays unknown: such a row is never silently credited to the file's unit, because it may
 * be another unit's row or a plan unit misspelt. One exception, the sender's own parts, below.
 *
 * A standing row named by its title alone ("Treo băng rôn tuyên truyền CCHC", no code), whose title is
 * not the plan's wording, then takes the plan item its title's words name among the items of its
 * unit's level (records/itemByTitle, the rule adopt takes it by; every item when its unit is not
 * known), so Kiểm tra, the report and Tổng hợp count what adopt would bring in (standing13).
 *
 * The sender's own parts (the fresh tester F3's probe). A commune's own log whose "Đơn vị" column names its
 * offices and hamlets ("Công an xã", "Ấp Bàu Sen"), none of them a unit of the district plan, had
 * every row set aside as an unknown unit. Such rows are credited to the file's unit when all of:
 * - the file's unit is known and the workbook is an office's own tracker (no stamp: a template's
 *   unit column is a strict list of the plan's units, a name off it was pasted past the list and
 *   Chuẩn hóa would rewrite it to the unit's name, losing the hamlet);
 * - across the WHOLE workbook (every table, news, standing work and spending), no unit cell names a
 *   plan unit other than the sender itself, and no unknown name is near one: it folds to a plan
 *   unit's name (planLookup candidates, the ambiguous Thạnh/Thanh case) or Kiểm tra would suggest a
 *   plan unit for it (validation/suggest: one edit in three, or every word inside one unit's name).
 *   Cells naming the sender ("UBND xã Bến Củi", or a label the officer mapped to it) say nothing against.
 * Workbook-wide rather than per table: a workbook that names other plan units anywhere is one where
 * the unit column means plan units, so a name it does not know may be another unit's, renamed or
 * misspelt; a district office's workbook with one sheet of communes and one of some commune's hamlets
 * would otherwise credit those hamlets to the office.
 * Each credited row keeps the name it had: its record's note starts with "<column header>: <name>"
 * (joined to the row's own note by " – "), which TH Tin bài, TH Hạng mục and TH Kinh phí show in
 * "Ghi chú". Each table with such rows gets ONE reading note, `reader.unitColumnOwnParts` (warning,
 * at the unit column's header cell; params header, count of rows, names: the first three distinct
 * names quoted, then "…", unit: the sender's name), which checkReading turns into an issue for
 * Kiểm tra, TH Lỗi từng tệp and the file's warning count. When some cell names another plan unit,
 * nothing changes: each unknown name is its row's error and the row is set aside, naming the value.
 *
 * Why this is safe where it matters:
 * - Phòng Nội vụ consolidating: its district workbook has a district stamp (no unit: never here) and
 *   holds the units' rows in TH sheets the reader never takes as entries. Its own office tracker
 *   names the units whose work it logs, which are plan units, so the rule stays off for that file;
 *   only a log naming nothing but its own sections ("Tổ CCHC") is credited to Phòng Nội vụ, which it is.
 *   If it ever logged other units' work under names the plan does not know (and near none), those
 *   rows count for it: a row the unit also sent still counts once in the district totals (same
 *   channel, date and title), except on a channel each unit has for itself, where the unit must
 *   agree too; the warning names the column and the names, so the officer sees it and can map them
 *   (Xem lại) or have the names written as the plan's.
 * - A province plan of communes: a commune's log naming its hamlets and offices is exactly this case
 *   and its rows are the commune's. A hamlet sharing a commune's name ("Ấp Phước Đông" beside "Xã
 *   Phước Đông") is near that plan unit, so the whole workbook keeps today's rule (set aside, named):
 *   never credited to the wrong commune, at worst asked about.
 * - A commune-level plan listing the commune's offices and hamlets as units: the names resolve, the
 *   rule never applies.
 */
export function assignUnit(plan: Plan, reading: BookReading, unit: string | null): BookReading {
  const read = unit === null ? reading : withUnit(reading, unit);
  const own = unit === null || reading.stamp !== null ? read : withOwnParts(plan, read, unit);
  const standing = own.entries.standing.map((e) => (e.record.item === null ? withItem(plan, e) : e));
  if (standing.every((e, i) => e === own.entries.standing[i])) return own;
  return { ...own, entries: { ...own.entries, standing } };
}

/** What tells a unit name the plan knows or nearly knows: planLookup's unit matcher and validation's suggester. */
interface UnitNamer {
  readonly lookup: PlanLookup;
  readonly suggest: Suggester;
}

/** One namer per plan, made the first time a workbook has an unknown unit cell; its suggester's cache then serves every file. */
const namers = new WeakMap<Plan, UnitNamer>();

function namerOf(plan: Plan): UnitNamer {
  const known = namers.get(plan);
  if (known !== undefined) return known;
  const made = { lookup: createPlanLookup(plan), suggest: createSuggester(plan) };
  namers.set(plan, made);
  return made;
}

const blank = (text: string | undefined): boolean => text === undefined || text === '';

function withUnit(reading: BookReading, unit: string): BookReading {
  const outputs: OutputEntry[] = reading.outputs.map((e) => (e.record.unit === null && blank(e.text.unit) ? { ...e, record: { ...e.record, unit } } : e));
  const fill = <K extends 'standing' | 'spending'>(entries: readonly EntryOf<K>[]): EntryOf<K>[] =>
    entries.map((e) => (e.record.unit === null && blank((e.text as { unit?: string }).unit) ? { ...e, record: { ...e.record, unit } } : e));
  return { ...reading, outputs, entries: { output: outputs, standing: fill(reading.entries.standing), spending: fill(reading.entries.spending) } };
}

/**
 * The unit cell's text when the row's unit is unknown (the plan knows no unit by it), else null; null
 * too when the officer mapped that text to no unit (OutputEntry.unitRefused): such a row stays set
 * aside, as the officer chose, and says nothing for or against the others.
 */
function unknownText(entry: Entry): string | null {
  if ('unitRefused' in entry && entry.unitRefused === true) return null;
  const text = entry.text.unit;
  return entry.record.unit === null && text !== undefined && text !== '' ? text : null;
}

/**
 * The workbook names no plan unit but the sender's, and no unknown name is near one: the unknown
 * names are the sender's own parts. Stops at the first cell that says otherwise.
 */
function namesOnlyOwnParts(plan: Plan, entries: EntriesByKind, unit: string): boolean {
  const kinds: readonly (readonly Entry[])[] = [entries.output, entries.standing, entries.spending];
  // Most workbooks have no unknown unit cell: one look and out.
  if (!kinds.some((list) => list.some((e) => unknownText(e) !== null))) return false;
  const ownName = plan.units.find((u) => u.code === unit)?.name;
  const seen = new Set<string>();
  for (const list of kinds)
    for (const entry of list) {
      if (entry.record.unit !== null) {
        // A blank cell given the sender's unit, or a cell naming the sender: nothing against.
        if (entry.record.unit !== unit) return false;
        continue;
      }
      const text = unknownText(entry);
      if (text === null || seen.has(text)) continue;
      seen.add(text);
      const { lookup, suggest } = namerOf(plan);
      if (lookup.unit.candidates(text).some((code) => code !== unit)) return false;
      const suggested = suggest.closest('unit', text);
      if (suggested !== null && suggested !== ownName) return false;
    }
  return true;
}

const NAMES_SHOWN = 3;

function withOwnParts(plan: Plan, reading: BookReading, unit: string): BookReading {
  if (!namesOnlyOwnParts(plan, reading.entries, unit)) return reading;

  const byTable = new Map<Table, { header: string; cell: string | undefined; rows: number; names: string[] }>();
  const credit = <E extends Entry>(entry: E): E => {
    const text = unknownText(entry);
    if (text === null) return entry;
    const header = headerOf(entry, 'unit');
    let seen = byTable.get(entry.table);
    if (seen === undefined) {
      const letters = entry.raw.columns.unit;
      seen = { header, cell: letters === undefined ? undefined : `${letters}${entry.table.header.row}`, rows: 0, names: [] };
      byTable.set(entry.table, seen);
    }
    seen.rows += 1;
    if (!seen.names.includes(text)) seen.names.push(text);
    const note = [`${header}: ${text}`, entry.record.note].filter((n) => n !== '').join(' – ');
    // The row is no longer of an unknown unit: admitOutput takes it.
    const credited: Record<string, unknown> = { ...entry, record: { ...entry.record, unit, note } };
    delete credited['unknownUnit'];
    delete credited['unitCandidates'];
    return credited as unknown as E;
  };
  const outputs = reading.outputs.map(credit);
  const standing = reading.entries.standing.map(credit);
  const spending = reading.entries.spending.map(credit);
  const unitName = plan.units.find((u) => u.code === unit)?.name ?? unit;
  const notes: ReadingNote[] = [...byTable].map(([table, seen]) => ({
    code: 'reader.unitColumnOwnParts',
    severity: 'warning',
    sheet: table.sheet,
    ...(seen.cell === undefined ? {} : { cell: seen.cell }),
    params: {
      header: seen.header,
      count: seen.rows,
      names:
        seen.names
          .slice(0, NAMES_SHOWN)
          .map((n) => `"${n}"`)
          .join(', ') + (seen.names.length > NAMES_SHOWN ? ', …' : ''),
      unit: unitName,
    },
  }));
  return { ...reading, outputs, entries: { output: outputs, standing, spending }, notes: [...reading.notes, ...notes] };
}

/** The entry with the item its title's words name (itemByTitle among its unit's level's items), or itself. */
function withItem(plan: Plan, entry: EntryOf<'standing'>): EntryOf<'standing'> {
  const title = entry.text.title ?? '';
  if (title === '' || !blank(entry.text.item)) return entry;
  const level = plan.units.find((u) => u.code === entry.record.unit)?.level;
  const candidates = level === undefined ? plan.standingItems : plan.standingItems.filter((item) => item.appliesTo.includes(level));
  const item = itemByTitle(candidates, title);
  return item === null ? entry : { ...entry, record: { ...entry.record, item: item.id } };
}
