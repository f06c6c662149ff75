import { date, empty, num, text } from '../layout/cells';
import type { CellValue } from '../layout/types';
import { createPlanLookup } from '../plan/planLookup';
import type { Plan, Unit } from '../plan/types';
import type { RawSheet } from '../ports/workbookPort';
import { outputKey, unitOwnChannels } from '../consolidate/outputKey';
import { admitOutput } from '../reader/admit';
import { assignUnit } from '../reader/assignUnit';
import { readBook } from '../reader/readBook';
import { hiddenRowTest } from '../reader/hiddenRow';
import type { EntryOf } from '../validation/types';
import type { SkippedRow } from '../records/readRecords';
import type { OutputRecord } from '../records/types';
import { otherRows } from './otherRows';
import { choicesOf } from './proposeAdoption';
import { unaccountedRows } from './rowAccount';
import { unusedMeasureColumns } from './unusedMeasures';
import { cellText } from '../text/cellText';
import type { AdoptionMapping, AdoptionResult, QuarantinedRow } from './types';

/**
 * Brings a tracker's rows into the template's outputs table as the officer confirmed them, read by
 * the one reader with the officer's decisions. Every row below a header ends up taken, quarantined
 * with the reader's reason (the same reason Tổng hợp gives), or counted as blank/title/total. A row
 * repeating one already taken (a summary sheet copying the month sheets) is listed, not taken twice.
 * Standing-items and spending tables are brought into "Hạng mục" and "Kinh phí" (otherRows.ts).
 * A row with a count ("Số lượng tin": 8) becomes that many template rows, so the progress formulas,
 * which count rows, give the tracker's figure. Each taken row notes where it came from ("Từ Tháng 3!12").
 */

export function originNote(sheet: string, row: number): string {
  return `Từ ${sheet}!${row}`;
}

/**
 * Airtime and cost after the seven columns, when the tracker has them (issue 13): on the first copy
 * only, since the count is spent on the copies and the sums must stay the tracker's.
 */
function measureCells(record: OutputRecord, copy: number): CellValue[] {
  if (copy !== 1 || (record.minutes === undefined && record.amount === undefined)) return [];
  return [empty, record.minutes === undefined ? empty : num(record.minutes), record.amount === undefined ? empty : num(record.amount)];
}

export function applyAdoption(plan: Plan, sheets: readonly RawSheet[], mapping: AdoptionMapping, unit: Unit): AdoptionResult {
  const wanted = new Set(mapping.sheets.map((s) => s.sheet));
  // Every sheet is read: a standing-items or spending table is on a sheet the outputs mapping does not
  // list (issue 13, seventh tester, D2). Outputs are taken only from the sheets the officer confirmed.
  // Read as Kiểm tra and consolidation read the unit's file (reader/assignUnit): rows of the unit's own
  // offices and hamlets named in its unit column ("Công an xã", "Ấp Bến Đình") are the unit's, the name
  // kept in the note, where the adoption had set them aside as units the plan does not know (issue 11's
  // ninth tester: 94 of a commune's 2,000 rows, counted by consolidate and lost by adopt).
  const reading = assignUnit(
    plan,
    readBook(
      plan,
      sheets.filter((s) => !s.name.startsWith('_')),
      { choices: choicesOf(mapping) },
    ),
    unit.code,
  );
  const rows: CellValue[][] = [];
  const quarantined: QuarantinedRow[] = [];
  const channelName = new Map(plan.channels.map((c) => [c.code, c.name]));
  const formName = new Map(plan.forms.map((f) => [f.code, f.name]));
  const unitName = new Map(plan.units.map((u) => [u.code, u.name]));
  const lookup = createPlanLookup(plan);
  const seen = new Map<string, string>();
  const ownChannels = unitOwnChannels(plan);
  let taken = 0;
  for (const entry of reading.outputs) {
    const { record } = entry;
    if (!wanted.has(record.source.sheet)) continue;
    const rejection = admitOutput(entry);
    if (rejection) {
      quarantined.push({
        source: record.source,
        reason: rejection.reason,
        value: rejection.value,
        ...(rejection.names === undefined ? {} : { names: rejection.names }),
      });
      continue;
    }
    const key = outputKey(record, ownChannels);
    const first = key === null ? undefined : seen.get(key);
    if (first !== undefined) {
      quarantined.push({ source: record.source, reason: 'duplicate', value: first });
      continue;
    }
    if (key !== null) seen.set(key, `${record.source.sheet}!${record.source.row}`);
    taken += 1;
    const channel = record.channel ?? '';
    const form = record.form;
    const iso = record.date;
    if (iso === null) continue; // admitted rows have a date
    const unitText = entry.text.unit ?? '';
    const quantity = record.quantity ?? 1;
    for (let copy = 1; copy <= quantity; copy += 1) {
      const origin = originNote(record.source.sheet, record.source.row) + (quantity > 1 ? ` (${copy}/${quantity})` : '');
      const note = [record.note, origin].filter((n) => n !== '').join(' – ');
      rows.push([
        date(iso),
        text(channelName.get(channel) ?? entry.channelLabel),
        // An unmapped form keeps its text: the row is taken and validation shows the form to fix.
        text(form ? (formName.get(form) ?? entry.formLabel) : entry.formLabel),
        text(record.title),
        text(record.link),
        // A tracker kept for several units names each row's unit; otherwise the row is the adopting unit's.
        text(unitText === '' ? unit.name : (unitName.get(record.unit ?? lookup.unit.find(unitText) ?? '') ?? unitText)),
        note === '' ? empty : text(note),
        ...measureCells(record, copy),
      ]);
    }
  }
  // A hidden Hạng mục or Kinh phí row is refused like a hidden Tin bài row, not copied in as a visible one.
  const hiddenAt = hiddenRowTest(sheets);
  const shown = <K extends 'standing' | 'spending'>(entries: readonly EntryOf<K>[], value: (e: EntryOf<K>) => string): EntryOf<K>[] =>
    entries.filter((e) => {
      const { sheet, row } = e.raw.source;
      if (!hiddenAt(sheet, row)) return true;
      quarantined.push({ source: e.record.source, reason: 'hidden', value: value(e) });
      return false;
    });
  const standingShown = shown(reading.entries.standing, (e) => e.text.title ?? e.text.item ?? '');
  const spendingShown = shown(reading.entries.spending, (e) => e.text.content ?? '');
  const other = otherRows(plan, standingShown, spendingShown, unit, mapping.items, mapping.fundingSources, mapping.fundingSourcesGiven);
  quarantined.push(...other.quarantined);
  const tablesRead = reading.tables.filter((t) => t.kind !== 'output' || wanted.has(t.sheet));
  const tableSkipped: SkippedRow[] = tablesRead.flatMap((t) => [...t.skipped]);
  // A sheet whose header the reader cannot place still has its rows said, as not taken (issue 13, eighth tester, D1).
  const withTable = new Set(reading.tables.map((t) => t.sheet));
  const unplaced = unplacedRows(
    sheets,
    reading.sheetsWithoutTable.filter((name) => !withTable.has(name)),
  );
  quarantined.push(...unplaced);
  // Header rows, section titles and blank lines between tables are counted too, so the line adds up
  // to every row from a sheet's first header down (try13j defect 4).
  const rowsOf = (refs: readonly { sheet: string; row: number }[]): Map<string, Set<number>> => {
    const bySheet = new Map<string, Set<number>>();
    for (const { sheet, row } of refs) bySheet.set(sheet, (bySheet.get(sheet) ?? new Set()).add(row));
    return bySheet;
  };
  const accounted = rowsOf([
    ...reading.outputs.filter((e) => wanted.has(e.record.source.sheet)).map((e) => e.record.source),
    ...reading.entries.standing.map((e) => e.record.source),
    ...reading.entries.spending.map((e) => e.record.source),
    ...tableSkipped,
  ]);
  const elsewhere = rowsOf(
    reading.blocks
      .filter((b) => !wanted.has(b.sheet))
      .flatMap((b) => [
        ...Array.from({ length: b.headerBottom - b.headerTop + 1 }, (_, i) => ({ sheet: b.sheet, row: b.headerTop + i })),
        ...b.rows.map((r) => ({ sheet: b.sheet, row: r.row })),
      ]),
  );
  const between = unaccountedRows(sheets, tablesRead, reading.blocks, accounted, elsewhere);
  const sheetOrder = new Map(sheets.map((sheet, i) => [sheet.name, i]));
  const skipped = [...tableSkipped, ...between].sort((a, b) => (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0) || a.row - b.row);
  const rowsRead = tablesRead.reduce((sum, t) => sum + t.rowsRead, 0) + unplaced.length + between.length;
  return {
    rows,
    standing: other.standing,
    spending: other.spending,
    quarantined,
    skipped,
    rowsRead,
    taken: taken + other.standing.length + other.spending.length,
    takenStanding: other.standing.length,
    takenSpending: other.spending.length,
    matchedByTitle: other.matchedByTitle,
    unreadStates: other.unreadStates,
    blankContent: other.blankContent,
    fundingRenamed: other.fundingRenamed,
    unusedMeasures: unusedMeasureColumns(
      plan,
      sheets,
      reading.blocks.filter((b) => wanted.has(b.sheet)),
    ),
  };
}

/**
 * The rows under an unplaced header on the sheets without a table the reader recognises, refused as
 * 'noTable' with their first text. The header is the first row with 3 or more cells filled: a sheet of
 * notes has none, and its lines are not rows of a table.
 */
function unplacedRows(sheets: readonly RawSheet[], names: readonly string[]): QuarantinedRow[] {
  return sheets
    .filter((sheet) => names.includes(sheet.name))
    .flatMap((sheet) => {
      const texts = sheet.values.map((cells) => cells.map((c) => cellText(c)).filter((t) => t !== ''));
      const header = texts.findIndex((t) => t.length >= 3);
      if (header < 0) return [];
      return texts.flatMap((t, i) =>
        i <= header || t[0] === undefined ? [] : [{ source: { sheet: sheet.name, row: sheet.origin.row + i }, reason: 'noTable' as const, value: t[0] }],
      );
    });
}
