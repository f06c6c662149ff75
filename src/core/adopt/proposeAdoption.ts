import { columnLetters, columnNumber } from '../layout/a1';
import type { MessageKey } from '../i18n/messages';
import type { Plan, Unit } from '../plan/types';
import type { RawSheet } from '../ports/workbookPort';
import { createLabelResolver } from '../reader/labels';
import { readBook, type BookReading } from '../reader/readBook';
import type { ColumnRole, ReadingChoices } from '../reader/types';
import { foldForMatch } from '../text/fold';
import { fundingSourceResolver } from './fundingSources';
import { itemByTitle } from './otherRows';
import type { AdoptionMapping, AdoptionProposal, ItemProposal, LabelProposal, OtherTableProposal, SheetProposal } from './types';

/**
 * Looks at every sheet of an office's tracker through the one reader (src/core/reader) and
 * proposes, for each table it finds (a sheet per month, or month blocks stacked on one sheet),
 * which column fills which field, and which plan channel and form each label means. The officer
 * confirms or changes the proposal (pane or mapping file); applyAdoption then reads the workbook
 * again with those decisions, so adopt, Kiểm tra and Tổng hợp read a tracker the same way.
 * Sheets the add-in writes itself are passed over: adopting never reads its own output as input.
 */

function withoutOwn(sheets: readonly RawSheet[], ownSheetNames: readonly string[]): RawSheet[] {
  const own = new Set(ownSheetNames);
  return sheets.filter((sheet) => !own.has(sheet.name) && !sheet.name.startsWith('_'));
}

function sheetProposals(reading: BookReading): SheetProposal[] {
  return reading.blocks.map((block) => ({
    sheet: block.sheet,
    headerRow: block.headerTop,
    columns: block.columns.map((c) => ({ column: columnLetters(c.column), header: c.header === '' ? columnLetters(c.column) : c.header, field: c.role })),
  }));
}

/** The standing-items and spending tables read, with their columns' fields. */
function otherTableProposals(reading: BookReading): OtherTableProposal[] {
  return reading.tables.flatMap((table): OtherTableProposal[] => {
    if (table.kind === 'output') return [];
    const fieldOf = new Map<number, string>([...table.header.columns].map(([field, column]) => [column, field]));
    const columns = [...new Set([...table.header.headers.keys(), ...fieldOf.keys()])]
      .sort((a, b) => a - b)
      .map((column) => ({
        column: columnLetters(column),
        header: table.header.headers.get(column) ?? columnLetters(column),
        field: fieldOf.get(column) ?? null,
      }));
    return [{ kind: table.kind, sheet: table.sheet, headerRow: table.header.row, columns }];
  });
}

/**
 * Each standing title typed without a code, once, with the plan item it is taken as: the plan's wording,
 * or words nearly the plan's among the items of the unit's level (otherRows.itemByTitle; every item when
 * the unit is not yet chosen), or null.
 */
function itemProposals(plan: Plan, reading: BookReading, unit: Unit | undefined): ItemProposal[] {
  const found = new Map<string, { title: string; rows: number; code: string | null }>();
  for (const entry of reading.entries.standing) {
    const title = entry.text.title ?? '';
    const key = foldForMatch(title);
    if ((entry.text.item ?? '') !== '' || key === '') continue;
    const seen = found.get(key);
    if (seen) {
      seen.rows += 1;
      continue;
    }
    const level = plan.units.find((u) => u.code === entry.record.unit)?.level ?? unit?.level;
    const candidates = level === undefined ? plan.standingItems : plan.standingItems.filter((s) => s.appliesTo.includes(level));
    found.set(key, { title, rows: 1, code: entry.record.item ?? itemByTitle(candidates, title)?.id ?? null });
  }
  return [...found.values()];
}

/** Reader notes adopt says before it writes: the rows would be counted otherwise without them (read13m). */
const ADOPT_DOUBTS: ReadonlySet<MessageKey> = new Set<MessageKey>(['reader.countLooksLikeAirtime', 'reader.cellsNotRead']);

/** Distinct labels with how many rows carry each, most used first; `chosen` keeps the officer's earlier choices. */
function labelProposals(texts: readonly string[], find: (text: string) => string | null, chosen?: ReadonlyMap<string, string | null>): LabelProposal[] {
  const counts = new Map<string, { label: string; rows: number }>();
  for (const text of texts) {
    const key = foldForMatch(text);
    if (key === '') continue;
    const entry = counts.get(key);
    if (entry) entry.rows += 1;
    else counts.set(key, { label: text, rows: 1 });
  }
  return [...counts]
    .sort(([, a], [, b]) => b.rows - a.rows || a.label.localeCompare(b.label, 'vi'))
    .map(([key, { label, rows }]) => ({ label, rows, code: chosen?.has(key) ? (chosen.get(key) ?? null) : find(label) }));
}

/**
 * @param ownSheetNames sheets the add-in wrote in this workbook (never read as input)
 * @param unit the adopting unit when known (the command line): standing titles are matched among its level's items
 * @returns the tables found with their column roles, the standing-items and spending tables with their
 *   fields, the standing titles typed without a code with the plan item each is taken as, the sheets
 *   with content but no table, the channel and form labels with the plan code each is proposed to
 *   mean (null when nothing fits), and the funding sources typed with the plan source each is taken as.
 */
export function proposeAdoption(plan: Plan, sheets: readonly RawSheet[], ownSheetNames: readonly string[] = [], unit?: Unit): AdoptionProposal {
  const labels = createLabelResolver(plan);
  const reading = readBook(plan, withoutOwn(sheets, ownSheetNames), { labels });
  // A hidden row is set aside by adopt (listed as not taken), so the label counts leave it out: the
  // channel table's rows then add up to the rows taken (province tester: "Fanpage 25" with 40 taken of 41).
  const shown = reading.outputs.filter((e) => !e.hidden);
  const doubts = reading.notes.filter((n) => ADOPT_DOUBTS.has(n.code));
  return {
    sheets: sheetProposals(reading),
    otherTables: otherTableProposals(reading),
    items: itemProposals(plan, reading, unit),
    sheetsWithoutHeader: reading.sheetsWithoutTable,
    channels: labelProposals(
      shown.map((e) => e.channelLabel),
      (t) => labels.channel(t).channel,
    ),
    forms: labelProposals(
      shown.map((e) => e.formLabel),
      (t) => labels.lookup.form.find(t),
    ),
    defaultForm: plan.forms[0]?.code ?? null,
    fundingSources: labelProposals(
      reading.entries.spending.map((e) => e.text.fundingSource ?? ''),
      fundingSourceResolver(plan),
    ),
    ...(doubts.length === 0 ? {} : { doubts }),
  };
}

/** The proposal taken as it is, as a mapping. */
export function acceptProposal(proposal: AdoptionProposal): AdoptionMapping {
  const toMap = (labels: readonly LabelProposal[]): Map<string, string | null> => new Map(labels.map((l) => [foldForMatch(l.label), l.code]));
  return {
    sheets: proposal.sheets,
    channels: toMap(proposal.channels),
    forms: toMap(proposal.forms),
    defaultForm: proposal.defaultForm,
    ...(proposal.defaultFormChosen === true ? { defaultFormChosen: true } : {}),
    ...(proposal.fundingSources === undefined ? {} : { fundingSources: toMap(proposal.fundingSources) }),
  };
}

/**
 * The officer's decisions as the reader's choices: each table's columns by "Sheet!headerRow!C",
 * the header row of each sheet with one table, and the label mappings.
 */
export function choicesOf(mapping: AdoptionMapping): ReadingChoices {
  const columnRoles = new Map<string, ColumnRole | null>();
  const tablesPerSheet = new Map<string, number>();
  for (const sheet of mapping.sheets) tablesPerSheet.set(sheet.sheet, (tablesPerSheet.get(sheet.sheet) ?? 0) + 1);
  const headerRows = new Map<string, number>();
  for (const sheet of mapping.sheets) {
    if (tablesPerSheet.get(sheet.sheet) === 1) headerRows.set(sheet.sheet, sheet.headerRow);
    for (const column of sheet.columns) columnRoles.set(`${sheet.sheet}!${sheet.headerRow}!${columnLetters(columnNumber(column.column))}`, column.field);
  }
  return {
    columnRoles,
    headerRows,
    channels: mapping.channels,
    forms: mapping.forms,
    // Only the officer's own choice is passed: the reader then prefers it to a title word (records/inferForm);
    // otherwise the reader falls back to the plan's first form, the proposal's default.
    ...(mapping.defaultFormChosen === true ? { defaultForm: mapping.defaultForm } : {}),
    ...(mapping.otherColumns === undefined ? {} : { otherColumns: mapping.otherColumns }),
    ...(mapping.otherSheets === undefined ? {} : { otherSheets: mapping.otherSheets }),
  };
}

/**
 * The channel labels once the officer changed the mapping (a column now read as the channel, a
 * header row moved): a label seen before keeps the officer's choice, a new one gets the plan's best guess.
 */
export function channelLabels(
  plan: Plan,
  sheets: readonly RawSheet[],
  mapping: AdoptionMapping,
  previous: readonly LabelProposal[],
  ownSheetNames: readonly string[] = [],
): LabelProposal[] {
  const labels = createLabelResolver(plan);
  // Every label is re-read (a column newly taken as the channel brings new ones); `previous` keeps the choices.
  const reading = readBook(plan, withoutOwn(sheets, ownSheetNames), { labels, choices: { ...choicesOf(mapping), channels: new Map() } });
  const chosen = new Map(previous.map((c) => [foldForMatch(c.label), c.code]));
  // Hidden rows are set aside, so they are left out of the label counts as proposeAdoption leaves them
  // out (commit 5b582dd; read13m defect 2: with --map a hidden draft row was counted again).
  return labelProposals(
    reading.outputs.filter((e) => !e.hidden).map((e) => e.channelLabel),
    (t) => labels.channel(t).channel,
    chosen,
  );
}

/** One sheet's table read from another header row: its columns as proposed from there. */
export function sheetFromHeaderRow(plan: Plan, sheets: readonly RawSheet[], sheet: string, headerRow: number): SheetProposal | null {
  const raw = sheets.find((s) => s.name === sheet);
  if (!raw) return null;
  const reading = readBook(plan, [raw], { choices: { headerRows: new Map([[sheet, headerRow]]) } });
  return sheetProposals(reading)[0] ?? { sheet, headerRow, columns: [] };
}
