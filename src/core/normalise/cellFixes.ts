import { date, num, text } from '../layout/cells';
import type { CellValue } from '../layout/types';
import { occurrenceText, type OccurrenceSpec } from '../periods/occurrence';
import { createPlanLookup, type PlanLookup } from '../plan/planLookup';
import type { Plan } from '../plan/types';
import type { RawCell } from '../ports/workbookPort';
import { MINUTE_WORDS, parseCost, parseMinutes } from '../records/measure';
import { STATE_WORDS } from '../records/recordSheets';
import type { RecordKind } from '../records/types';
import { cellOf, headerOf } from '../validation/rule';
import { createSuggester, type NameKind, type Suggester } from '../validation/suggest';
import type { EntriesByKind, Entry, EntryOf } from '../validation/types';

/**
 * What "Chuẩn hóa" would write, cell by cell, so that the Tiến độ formulas (COUNTIFS/SUMIFS over
 * the entry tables, src/core/template/progressSheet.ts) count each row the way the core reads it.
 * The formulas match a list value exactly, ignoring case only (Excel's text criteria: accents and
 * Unicode forms count, so an NFD "Báo Tây Ninh" is another text), and compare dates and amounts
 * only when the cell holds a number (a date or amount typed as text is skipped by COUNTIFS, SUMIFS).
 *
 * A cell the core reads into a plan value but that is not written as the list (or a real date or
 * number) gets a fix; a cell in a column the formulas look at that the core cannot read either is
 * listed as unsettled and never written.
 */

/** Why a cell is rewritten. */
export type FixReason =
  /** Decomposed Unicode (NFD, as some keyboards and PDFs paste it) of the list's text. */
  | 'unicodeForm'
  /** The list's text with extra, leading, trailing or non-breaking spaces. */
  | 'spacing'
  /** The list's text in other capitals: the formulas count it, the dropdown's value is restored. */
  | 'letterCase'
  /** Another name the plan gives the same entry (a short name, an alias, an item's title). */
  | 'alias'
  /** A date typed as text ("05/03/2018"); written as a real date. */
  | 'textDate'
  /** An amount typed as text ("1.500.000 đ", "2 triệu"); written as a whole number of đồng. */
  | 'textAmount'
  /** Minutes of airtime typed as text ("45 phút", "1,5"); written as a number of minutes. */
  | 'textMinutes'
  /**
   * A name not in the plan for which Kiểm tra suggests exactly one plan name ("Ngân sách phường" →
   * "Ngân sách phường chi CCHC", validation/suggest): that name, as validate's message proposes (try13j
   * defect 3). Never when two plan names are equally near, nor for a unit that folds to two units.
   */
  | 'suggested';

/** Why a cell the formulas look at is left as typed. */
export type UnsettledReason =
  | 'unknownName'
  | 'notADate'
  | 'notAnAmount'
  /** Text that does not read as minutes ("1,5 giờ", "nửa tiếng"): hours are not guessed into minutes. */
  | 'notMinutes'
  /** Minutes written like a number with thousands ("1.500", "2,000"): 1,5 or 1 500 minutes? Never guessed. */
  | 'ambiguousMinutes';

export interface CellFix {
  readonly sheet: string;
  /** A1 address on the sheet. */
  readonly cell: string;
  readonly field: string;
  /** The column's header as the workbook writes it ("Kênh đăng"). */
  readonly header: string;
  /** The cell as read. */
  readonly old: RawCell;
  /** What to write: the list's text, a date (written as a serial with the date format) or a number. */
  readonly value: CellValue;
  readonly reason: FixReason;
  /** True when the Tiến độ formulas skip the row as typed (false: only the case differs from the list). */
  readonly missedByFormulas: boolean;
}

export interface UnsettledCell {
  readonly sheet: string;
  readonly cell: string;
  readonly field: string;
  readonly header: string;
  readonly old: RawCell;
  readonly reason: UnsettledReason;
}

export interface CellFixes {
  readonly fixes: readonly CellFix[];
  readonly unsettled: readonly UnsettledCell[];
}

interface FixContext {
  readonly plan: Plan;
  /** District workbooks count per unit, so the unit column is one the formulas match. */
  readonly districtWide: boolean;
}

/** One suggester and lookup per plan: entryFixes runs per row (validation's live-not-counted rule) and the suggester caches per text. */
const namers = new WeakMap<Plan, { readonly suggest: Suggester; readonly lookup: PlanLookup }>();
function namerOf(plan: Plan): { readonly suggest: Suggester; readonly lookup: PlanLookup } {
  const found = namers.get(plan);
  if (found) return found;
  const made = { suggest: createSuggester(plan), lookup: createPlanLookup(plan) };
  namers.set(plan, made);
  return made;
}

/** The list columns whose unknown names Kiểm tra suggests a plan name for (validation/rules/unknownName). */
const SUGGESTED_KINDS: Readonly<Record<string, NameKind>> = { channel: 'channel', form: 'form', unit: 'unit', state: 'state', fundingSource: 'fundingSource' };

/** "1.500", "2,000": a group of three digits after the separator reads as thousands as readily as a decimal. */
const THOUSANDS_LIKE = /^\d{1,3}[.,]\d{3}$/u;

const blank = (raw: RawCell | undefined): boolean => raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');

/** How a typed text differs from the list's value, or null when it is the list's value exactly. */
export function textDifference(typed: string, expected: string): FixReason | null {
  if (typed === expected) return null;
  if (typed.normalize('NFC') === expected) return 'unicodeForm';
  const tidy = typed.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (tidy === expected) return typed.normalize('NFC') === typed ? 'spacing' : 'unicodeForm';
  // Excel's text criteria ignore case: the formulas count it, but the list's capitals are restored.
  if (typed.toLowerCase() === expected.toLowerCase()) return 'letterCase';
  if (tidy.toLowerCase() === expected.toLowerCase()) return typed.normalize('NFC') === typed ? 'spacing' : 'unicodeForm';
  return 'alias';
}

class Collector {
  readonly fixes: CellFix[] = [];
  readonly unsettled: UnsettledCell[] = [];

  constructor(private readonly context: FixContext) {}

  /** A list column: the resolved plan value's list text, or unsettled when nothing resolved. */
  list<K extends RecordKind>(entry: EntryOf<K>, field: Parameters<typeof cellOf<K>>[1], expected: string | null, counted: boolean): void {
    const raw = entry.raw.cells[field];
    if (blank(raw) || raw === undefined) return;
    const where = this.where(entry, field);
    if (where === null) return;
    if (expected === null) {
      const suggestion = this.suggestion(field, raw);
      if (suggestion === null) this.unsettled.push({ ...where, field, old: raw, reason: 'unknownName' });
      else this.fixes.push({ ...where, field, old: raw, value: text(suggestion), reason: 'suggested', missedByFormulas: counted });
      return;
    }
    const typed = typeof raw === 'string' ? raw : String(raw);
    const reason = typeof raw === 'string' ? textDifference(typed, expected) : 'alias';
    if (reason === null) return;
    this.fixes.push({ ...where, field, old: raw, value: text(expected), reason, missedByFormulas: counted && reason !== 'letterCase' });
  }

  date<K extends RecordKind>(entry: EntryOf<K>, field: Parameters<typeof cellOf<K>>[1], iso: string | null, counted: boolean): void {
    const raw = entry.raw.cells[field];
    if (blank(raw) || raw === undefined || typeof raw === 'number') return;
    const where = this.where(entry, field);
    if (where === null) return;
    if (iso === null) this.unsettled.push({ ...where, field, old: raw, reason: 'notADate' });
    else this.fixes.push({ ...where, field, old: raw, value: date(iso), reason: 'textDate', missedByFormulas: counted });
  }

  amount(entry: EntryOf<'spending'>): void {
    const raw = entry.raw.cells.amount;
    if (blank(raw) || raw === undefined || typeof raw === 'number') return;
    const where = this.where(entry, 'amount');
    if (where === null) return;
    const amount = entry.record.amount;
    if (amount === null || amount <= 0) this.unsettled.push({ ...where, field: 'amount', old: raw, reason: 'notAnAmount' });
    else this.fixes.push({ ...where, field: 'amount', old: raw, value: num(amount), reason: 'textAmount', missedByFormulas: true });
  }

  /**
   * A measure cell of the outputs table typed as text, made the number the core reads (records/measure.ts),
   * so the Tiến độ SUMIFS counts it; text that does not read, or could be read two ways, is left and listed.
   */
  measure(entry: EntryOf<'output'>, field: 'minutes' | 'amount'): void {
    const raw = entry.raw.cells[field];
    if (blank(raw) || typeof raw !== 'string') return;
    const where = this.where(entry, field);
    if (where === null) return;
    if (field === 'amount') {
      const amount = parseCost(raw);
      if (amount === null) this.unsettled.push({ ...where, field, old: raw, reason: 'notAnAmount' });
      else this.fixes.push({ ...where, field, old: raw, value: num(amount), reason: 'textAmount', missedByFormulas: true });
      return;
    }
    const minutes = parseMinutes(raw);
    if (minutes === null) this.unsettled.push({ ...where, field, old: raw, reason: 'notMinutes' });
    else if (THOUSANDS_LIKE.test(raw.trim().replace(MINUTE_WORDS, '').trim())) this.unsettled.push({ ...where, field, old: raw, reason: 'ambiguousMinutes' });
    else this.fixes.push({ ...where, field, old: raw, value: num(minutes), reason: 'textMinutes', missedByFormulas: true });
  }

  /**
   * A "Kỳ" cell the core reads ("Q1", "quý 1", "T3") written otherwise than the Danh mục list's label
   * ("Quý I năm 2026"): the Tiến độ sheet credits a recurring item's occurrence by that exact label
   * only (template/progressSheet.ts), so it is rewritten to it. Only for an occurrence the list holds
   * (listedOccurrence); an unreadable Kỳ is listed as unsettled.
   */
  private period(entry: EntryOf<'standing'>): void {
    const spec = entry.record.period;
    if (spec === undefined) return;
    const raw = entry.raw.cells.period;
    if (spec === null) {
      const where = this.where(entry, 'period');
      if (where !== null && raw !== undefined && !blank(raw)) this.unsettled.push({ ...where, field: 'period', old: raw, reason: 'unknownName' });
      return;
    }
    const label = listedOccurrence(this.context.plan, entry.record.item, spec);
    if (label !== null) this.list(entry, 'period', label, entry.record.state === 'done');
  }

  /**
   * The one plan name Kiểm tra suggests for a name the plan does not know, or null: none, two equally
   * near, or a unit whose text folds to two units (validate calls that ambiguous, not a typo).
   */
  private suggestion(field: string, raw: RawCell): string | null {
    const kind = SUGGESTED_KINDS[field];
    if (kind === undefined || typeof raw !== 'string') return null;
    const { suggest, lookup } = namerOf(this.context.plan);
    if (kind === 'unit' && lookup.unit.candidates(raw).length > 1) return null;
    return suggest.closest(kind, raw);
  }

  private where<K extends RecordKind>(entry: EntryOf<K>, field: Parameters<typeof cellOf<K>>[1]): { sheet: string; cell: string; header: string } | null {
    // A value named by a section row or a marked sub-column is not the row's own cell: never rewritten.
    if (entry.raw.addresses?.[field] !== undefined) return null;
    const cell = cellOf(entry, field);
    return cell === undefined ? null : { sheet: entry.raw.source.sheet, cell, header: headerOf(entry, field) };
  }

  entry(entry: Entry): void {
    const { plan, districtWide } = this.context;
    const nameOf = (list: readonly { code: string; name: string }[], code: string | null): string | null =>
      code === null ? null : (list.find((e) => e.code === code)?.name ?? null);
    switch (entry.kind) {
      case 'output':
        this.date(entry, 'date', entry.record.date, true);
        this.list(entry, 'channel', nameOf(plan.channels, entry.record.channel), true);
        this.list(entry, 'form', nameOf(plan.forms, entry.record.form), true);
        this.list(entry, 'unit', nameOf(plan.units, entry.record.unit), districtWide);
        this.measure(entry, 'minutes');
        this.measure(entry, 'amount');
        return;
      case 'standing': {
        this.list(entry, 'item', entry.record.item, true);
        const state = entry.record.state;
        this.list(entry, 'state', state === null ? null : (STATE_WORDS[state][0] ?? null), state === 'done');
        this.list(entry, 'unit', nameOf(plan.units, entry.record.unit), false);
        this.date(entry, 'dateDone', entry.record.dateDone, false);
        this.period(entry);
        return;
      }
      case 'spending':
        this.date(entry, 'date', entry.record.date, true);
        this.amount(entry);
        this.list(entry, 'fundingSource', nameOf(plan.fundingSources, entry.record.fundingSource), true);
        this.list(entry, 'unit', nameOf(plan.units, entry.record.unit), false);
        return;
    }
  }
}

/**
 * The Danh mục "Kỳ" label ("Quý I năm 2026", template/listsSheet occurrenceLabels) of an occurrence
 * read from a Hạng mục row, or null when the list does not hold it: the item does not recur, recurs
 * at another cadence than the occurrence's (a month named for a quarterly item), or the occurrence is
 * of another year than the plan's.
 */
export function listedOccurrence(plan: Plan, itemId: string | null, spec: OccurrenceSpec): string | null {
  const item = itemId === null ? undefined : plan.standingItems.find((s) => s.id === itemId);
  if (item?.recurrence === undefined || item.recurrence !== spec.kind || (spec.year ?? plan.identity.year) !== plan.identity.year) return null;
  return occurrenceText(spec, plan.identity.year, plan.periodConvention);
}

/** The fixes and unsettled cells of one entry (a row), in column order. */
export function entryFixes(plan: Plan, entry: Entry, districtWide: boolean): CellFixes {
  const collector = new Collector({ plan, districtWide });
  collector.entry(entry);
  return { fixes: collector.fixes, unsettled: collector.unsettled };
}

/**
 * The fixes and unsettled cells of every entry of a workbook the add-in made, in sheet order then
 * row then column (the entries' order). Pure; `districtWide` is true for a district workbook.
 */
export function cellFixes(plan: Plan, entries: EntriesByKind, districtWide: boolean): CellFixes {
  const collector = new Collector({ plan, districtWide });
  for (const entry of [...entries.output, ...entries.standing, ...entries.spending]) collector.entry(entry);
  return { fixes: collector.fixes, unsettled: collector.unsettled };
}
