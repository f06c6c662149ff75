import type { IsoDate } from '../plan/types';

/**
 * What an officer decided when the reader could not settle a unit's file, kept as rows of a
 * visible sheet of the district workbook ("Ghi nhớ đọc tệp") and used again at the next
 * consolidation, so the second consolidation of the same files asks nothing.
 *
 * Kinds and what `seen` and `meaning` hold:
 * - header:      a header's text (every sheet, every file)     → a column role, or null (column not taken)
 * - column:      "Sheet!C" or "Sheet!5!C" (the table headed on row 5) → a column role, or null
 * - headerRow:   a sheet's name                                 → the 1-based header row, as text ("4")
 * - channel:     a channel label as typed ("Đài TT H.")          → a plan channel code, or null (rows not taken)
 * - form:        a form label                                    → a plan form code, or null
 * - unitLabel:   a short unit name in a unit column ("xã T.Đức") → a plan unit code, or null
 * - fileUnit:    a file's name ("TD-thang3.xlsx")               → the plan unit code that sent it
 * - hiddenRows:  '' (the whole file)                             → 'yes' (count hidden rows and sheets) or 'no'
 * - usDates:     '' (the whole file)                             → 'swap' or 'keep' (ReadingChoices.usDates)
 * - defaultForm: '' (the whole file)                             → a plan form code, or null
 */
export type DecisionKind = 'header' | 'column' | 'headerRow' | 'channel' | 'form' | 'unitLabel' | 'fileUnit' | 'hiddenRows' | 'usDates' | 'defaultForm';

export const DECISION_KINDS: readonly DecisionKind[] = [
  'header',
  'column',
  'headerRow',
  'channel',
  'form',
  'unitLabel',
  'fileUnit',
  'hiddenRows',
  'usDates',
  'defaultForm',
];

export interface Decision {
  readonly kind: DecisionKind;
  /** What was seen in the unit's file, as typed (see DecisionKind). */
  readonly seen: string;
  /** What it means, as a code (see DecisionKind); null: not taken. */
  readonly meaning: string | null;
  /** The file (its name, without folders) the decision is about; null: every file. */
  readonly file: string | null;
  /** When it was decided; null for a row an officer typed without a date. */
  readonly decidedOn: IsoDate | null;
  /** The officer's own words beside the decision (column "Ghi chú"), kept as typed. */
  readonly note?: string;
}
