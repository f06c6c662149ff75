import { date, empty, num, text } from '../layout/cells';
import type { CellValue } from '../layout/types';
import { occurrenceText } from '../periods/occurrence';
import type { Plan, StandingItem, Unit } from '../plan/types';
import { foldForMatch } from '../text/fold';
import { STATE_WORDS } from '../records/recordSheets';
import { dateCellIsState } from '../records/resolveRecords';
import type { EntryOf } from '../validation/types';
import type { SourceRef } from '../records/types';
import type { FundingRename, QuarantinedRow, TitleMatch, UnreadState } from './types';
import { itemByTitle, wordsOf } from '../records/itemByTitle';

/**
 * An office's standing-items and spending rows brought into the template's "Hạng mục" and "Kinh phí"
 * tables, as the one reader resolved them (issue 13, seventh tester, D2: adopt took only the outputs,
 * so an ấp's own "Công việc | Quý | Tình trạng" table vanished and its item stayed "Chưa thực hiện").
 * Every row read is taken or refused with its reason, never dropped.
 */

export interface OtherRows {
  /** Rows aligned with STANDING_SHEET's columns (Mã, Hạng mục, Đơn vị, Tình trạng, Ngày hoàn thành, Minh chứng, Ghi chú, Kỳ). */
  readonly standing: (readonly CellValue[])[];
  /** Rows aligned with SPENDING_SHEET's columns (Ngày, Nội dung, Số tiền, Nguồn, Đơn vị, Ghi chú). */
  readonly spending: (readonly CellValue[])[];
  readonly quarantined: QuarantinedRow[];
  /** Standing rows whose item was named by their title or by the mapping file, not by a code: one per title typed. */
  readonly matchedByTitle: TitleMatch[];
  /** State words the reader could not read, kept as typed: one per word (folded), with its rows. */
  readonly unreadStates: UnreadState[];
  /** Spending rows taken with an empty content cell ("Nội dung chi"), for the officer to fill in. */
  readonly blankContent: SourceRef[];
  /** Funding sources written as a plan name other than typed: one per spelling typed, with its rows. */
  readonly fundingRenamed: FundingRename[];
}

function originOf(sheet: string, row: number, note: string): CellValue {
  const joined = [note, `Từ ${sheet}!${row}`].filter((n) => n !== '').join(' – ');
  return text(joined);
}

function unitCell(plan: Plan, code: string | null, typed: string, unit: Unit): CellValue {
  const named = plan.units.find((u) => u.code === code)?.name;
  return text(named ?? (typed === '' ? unit.name : typed));
}

// The title-words rule is the reader's too (reader/assignUnit): one rule for adopt, validate, report and consolidate.
export { itemByTitle };

/** How many candidates a refused title names (issue 13, closing note 5: "names its nearest candidate items"). */
const NEAREST = 3;

/**
 * The plan items nearest a refused title, for the officer to choose from: most folded words shared
 * first, the plan's order among equals, at most NEAREST, as "2.b «Cập nhật bảng tin…»".
 */
export function nearestItems(candidates: readonly StandingItem[], title: string): string {
  const row = wordsOf(title);
  return candidates
    .map((item, order) => {
      const words = wordsOf(item.title);
      return { item, order, shared: [...row].filter((w) => words.has(w)).length };
    })
    .sort((a, b) => b.shared - a.shared || a.order - b.order)
    .slice(0, NEAREST)
    .map(({ item }) => `${item.id} «${item.title}»`)
    .join('; ');
}

/**
 * @param standing the reader's standing entries (reader/readBook entries.standing)
 * @param spending the reader's spending entries
 * @param unit the adopting unit: a row naming no unit is its own
 * @param items folded standing title → plan item code (null: refuse the rows), the officer's word over the reader's guess
 * @param fundingSources folded funding source as typed → plan source code (null: kept as typed), the
 *   proposal's or the mapping file's; a spelling not in it is read as the reader reads it
 * @param fundingSourcesGiven the folded sources the mapping file itself named (their renames are said as the file's)
 * @returns the template rows, and the rows refused: 'unknownItem' (neither code nor title names a plan
 *   item; value: the text typed), 'noDate'/'badDate' and 'noAmount' for a spending row; the state words
 *   not read (kept as typed) and the spending rows taken with no content, for adopt's summary.
 */
export function otherRows(
  plan: Plan,
  standing: readonly EntryOf<'standing'>[],
  spending: readonly EntryOf<'spending'>[],
  unit: Unit,
  items: ReadonlyMap<string, string | null> = new Map(),
  fundingSources: ReadonlyMap<string, string | null> = new Map(),
  fundingSourcesGiven: ReadonlySet<string> = new Set(),
): OtherRows {
  const quarantined: QuarantinedRow[] = [];
  const standingRows: (readonly CellValue[])[] = [];
  const byTitle = new Map<string, { title: string; item: StandingItem; how: TitleMatch['how']; rows: number }>();
  const unread = new Map<string, { value: string; rows: number; first: SourceRef }>();
  const blankContent: SourceRef[] = [];
  const item = new Map(plan.standingItems.map((s) => [s.id, s]));
  for (const entry of standing) {
    const { record } = entry;
    const typedItem = entry.text.item ?? '';
    const typedTitle = entry.text.title ?? '';
    const rowLevel = plan.units.find((u) => u.code === record.unit)?.level ?? unit.level;
    const candidates = plan.standingItems.filter((s) => s.appliesTo.includes(rowLevel));
    const folded = foldForMatch(typedTitle);
    // The mapping file's word on a title wins over the reader's guess; null there refuses the rows.
    const mapped = typedItem === '' && folded !== '' ? items.get(folded) : undefined;
    const planItem =
      mapped !== undefined
        ? mapped === null
          ? undefined
          : item.get(mapped)
        : ((record.item === null ? undefined : item.get(record.item)) ?? (typedItem === '' ? (itemByTitle(candidates, typedTitle) ?? undefined) : undefined));
    if (planItem === undefined) {
      const value = [typedItem, typedTitle].filter((t) => t !== '').join(' – ');
      quarantined.push(
        candidates.length === 0
          ? { source: record.source, reason: 'noItemForLevel', value }
          : { source: record.source, reason: 'unknownItem', value, names: nearestItems(candidates, typedTitle === '' ? typedItem : typedTitle) },
      );
      continue;
    }
    if (typedItem === '') {
      const how: TitleMatch['how'] = mapped !== undefined ? 'map' : folded === foldForMatch(planItem.title) ? 'exact' : 'near';
      const key = `${folded}\u0000${planItem.id}`;
      const seen = byTitle.get(key);
      if (seen) seen.rows += 1;
      else byTitle.set(key, { title: typedTitle, item: planItem, how, rows: 1 });
    }
    const typedPeriod = entry.text.period ?? '';
    const period = record.period ? occurrenceText(record.period, plan.identity.year, plan.periodConvention) : typedPeriod;
    const typedDate = entry.text.dateDone ?? '';
    // An unread state or date keeps its text: the row is taken and Kiểm tra shows the cell to fix.
    const state = record.state === null ? (entry.text.state ?? '') : (STATE_WORDS[record.state][0] ?? '');
    if (record.state === null && state !== '') {
      const seen = unread.get(foldForMatch(state));
      if (seen) seen.rows += 1;
      else unread.set(foldForMatch(state), { value: state, rows: 1, first: record.source });
    }
    standingRows.push([
      text(planItem.id),
      text(planItem.title),
      unitCell(plan, record.unit, entry.text.unit ?? '', unit),
      state === '' ? empty : text(state),
      // A state word in the date cell of a table with no state column is its state, written as such, not a date (standing13).
      record.dateDone !== null ? date(record.dateDone) : typedDate === '' || dateCellIsState(entry.raw) ? empty : text(typedDate),
      record.evidence === '' ? empty : text(record.evidence),
      originOf(record.source.sheet, record.source.row, record.note),
      period === '' ? empty : text(period),
    ]);
  }
  const spendingRows: (readonly CellValue[])[] = [];
  const sourceName = new Map(plan.fundingSources.map((f) => [f.code, f.name]));
  const renamed = new Map<string, FundingRename>();
  for (const entry of spending) {
    const { record } = entry;
    const typedDate = entry.text.date ?? '';
    if (record.date === null) {
      quarantined.push({ source: record.source, reason: typedDate === '' ? 'noDate' : 'badDate', value: typedDate });
      continue;
    }
    if (record.amount === null) {
      quarantined.push({ source: record.source, reason: 'noAmount', value: entry.text.amount ?? '' });
      continue;
    }
    const typedSource = entry.text.fundingSource ?? '';
    // Taken, not refused: the money was spent and counts toward the plan's budget; the blank cell is
    // said here and stays for the officer to fill (validate marks the required Nội dung chi).
    if (record.content === '') blankContent.push(record.source);
    const chosen = fundingSources.get(foldForMatch(typedSource));
    const source = chosen === undefined ? record.fundingSource : chosen;
    const name = (source !== null && sourceName.get(source)) || typedSource;
    if (typedSource !== '' && source !== null && source !== record.fundingSource) {
      const key = foldForMatch(typedSource);
      const seen = renamed.get(key);
      renamed.set(key, { typed: seen?.typed ?? typedSource, name, rows: (seen?.rows ?? 0) + 1, how: fundingSourcesGiven.has(key) ? 'map' : 'near' });
    }
    spendingRows.push([
      date(record.date),
      text(record.content),
      num(record.amount),
      name === '' ? empty : text(name),
      unitCell(plan, record.unit, entry.text.unit ?? '', unit),
      originOf(record.source.sheet, record.source.row, record.note),
    ]);
  }
  const matchedByTitle = [...byTitle.values()].map(({ title, item: matched, how, rows }) => ({ title, item: matched.id, itemTitle: matched.title, how, rows }));
  return {
    standing: standingRows,
    spending: spendingRows,
    quarantined,
    matchedByTitle,
    unreadStates: [...unread.values()],
    blankContent,
    fundingRenamed: [...renamed.values()],
  };
}
