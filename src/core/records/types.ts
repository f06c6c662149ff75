import type { IsoDate } from '../plan/types';
import type { OccurrenceSpec } from '../periods/occurrence';
import type { RawCell } from '../ports/workbookPort';

/**
 * What officers enter, one row each: outputs (tin, bài, phóng sự), standing items (a banner, a
 * board...) and spending. A record keeps the cells exactly as read next to the values resolved
 * against the plan, so validation can say what was typed and where, and nothing is lost.
 */

/** Where a record came from: a file (when consolidating), a sheet and a 1-based row. */
export interface SourceRef {
  readonly file?: string;
  readonly sheet: string;
  readonly row: number;
}

export type RecordKind = 'output' | 'standing' | 'spending';

/** `count`, `minutes` and `amount` are the optional measure columns (Số lượng, Thời lượng (phút), Kinh phí (đồng)). */
export type OutputField = 'date' | 'channel' | 'form' | 'title' | 'link' | 'unit' | 'note' | 'count' | 'minutes' | 'amount';
/** `period` is the optional "Kỳ" column: the occurrence of a recurring item a row is for ("Quý I"). */
export type StandingField = 'item' | 'title' | 'unit' | 'state' | 'dateDone' | 'evidence' | 'note' | 'period';
export type SpendingField = 'date' | 'content' | 'amount' | 'fundingSource' | 'unit' | 'note';

export type FieldOf<K extends RecordKind> = K extends 'output' ? OutputField : K extends 'standing' ? StandingField : SpendingField;

/** A row as read: each field's raw cell and its column letter (for A1 addresses in issues). */
export interface RawRecord<K extends RecordKind = RecordKind> {
  readonly kind: K;
  readonly source: SourceRef;
  readonly cells: Readonly<Partial<Record<FieldOf<K>, RawCell>>>;
  readonly columns: Readonly<Partial<Record<FieldOf<K>, string>>>;
  /**
   * A field's A1 cell when it is not in the row's own column: a channel named by a section row
   * above ("I | BÁO TÂY NINH") or by a marked sub-column.
   */
  readonly addresses?: Readonly<Partial<Record<FieldOf<K>, string>>>;
  /** What a bare number in the row's period cell is, from that column's header ("Tháng 1" for 1 under "Tháng"; periods/parseOccurrence). */
  readonly periodBare?: 'month' | 'quarter';
  /**
   * An output row's hyperlink target (Excel's Insert > Link) on its title cell, else its link cell:
   * the address the record keeps for its link, as the office-tracker reader keeps it (reader row.url).
   */
  readonly hyperlink?: string;
}

export interface OutputRecord {
  readonly source: SourceRef;
  /** Null when the cell is empty or not a date. */
  readonly date: IsoDate | null;
  /** The plan's channel code, or null when the text matches no channel. */
  readonly channel: string | null;
  readonly form: string | null;
  readonly title: string;
  readonly link: string;
  /** The plan's unit code, or null when unknown. */
  readonly unit: string | null;
  readonly note: string;
  /** How many outputs the row stands for (a "Số lượng tin" column); absent means 1. */
  readonly quantity?: number;
  /** Minutes of airtime (a "Thời lượng (phút)" column); absent when the row has none. */
  readonly minutes?: number;
  /** What the output cost, in whole đồng (a "Kinh phí (đồng)" column); absent when the row has none. */
  readonly amount?: number;
}

export type StandingState = 'done' | 'in-progress' | 'not-done';

export interface StandingRecord {
  readonly source: SourceRef;
  /** The plan's standing-item id, or null when unknown. */
  readonly item: string | null;
  readonly unit: string | null;
  readonly state: StandingState | null;
  readonly dateDone: IsoDate | null;
  /**
   * The occurrence the row is for, from its "Kỳ" cell (periods/parseOccurrence): a done row naming
   * one is credited to it whatever its date (progress/standingDue). Absent when the cell is blank or
   * the sheet has no such column; null when the text names no occurrence (validation.standing.badPeriod).
   */
  readonly period?: OccurrenceSpec | null;
  readonly evidence: string;
  readonly note: string;
}

export interface SpendingRecord {
  readonly source: SourceRef;
  readonly date: IsoDate | null;
  readonly content: string;
  /** Whole đồng, or null when not a number. */
  readonly amount: number | null;
  readonly fundingSource: string | null;
  /**
   * The source as typed when it names no plan source (plan/fundingNames: not even by its
   * abbreviation): kept so the TH Kinh phí sheet shows what the unit wrote, never a blank; absent when
   * the source names a plan source or the cell is blank.
   */
  readonly fundingSourceText?: string;
  readonly unit: string | null;
  readonly note: string;
}

export interface UnitRecords {
  readonly outputs: readonly OutputRecord[];
  readonly standing: readonly StandingRecord[];
  readonly spending: readonly SpendingRecord[];
}
