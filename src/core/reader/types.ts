import type { MessageKey } from '../i18n/messages';
import type { IssueParams } from '../issues';
import type { RawCell } from '../ports/workbookPort';

/**
 * The one tracker reader's shapes: sheets → tables → column roles → rows → records with
 * provenance. Adopt, Kiểm tra, Báo cáo and Tổng hợp all read workbooks through it.
 */

/**
 * What a column of an outputs table holds. `count` is a quantity ("Số lượng tin"): the row stands
 * for that many outputs; `minutes` is airtime ("Thời lượng (phút)") and `amount` money ("Kinh phí"),
 * summed by targets measured in them (issue 13). `seq` is the STT column. `mark` is one of several sub-columns under a
 * channel heading where the officer puts an "x" ("Phát trên" over "Báo", "Đài", "Website").
 */
export type ColumnRole = 'date' | 'channel' | 'form' | 'title' | 'link' | 'unit' | 'note' | 'count' | 'minutes' | 'amount' | 'seq' | 'mark';

/** Why a role was given: the header's words, what the column holds, both, or the officer's choice. */
export type RoleEvidence = 'header' | 'content' | 'both' | 'officer';

export interface ColumnReading {
  /** 1-based sheet column. */
  readonly column: number;
  /** The header as the officer sees it (two-row headers joined with " / "); '' when blank. */
  readonly header: string;
  /** null: not taken, listed so the officer sees it (never dropped silently). */
  readonly role: ColumnRole | null;
  readonly evidence: RoleEvidence | null;
  /** Weak: the header and the content disagree or say little; the officer is asked. */
  readonly weak: boolean;
  /** For a `mark` column: the label under the heading ("Báo"), to resolve to a channel. */
  readonly markLabel?: string;
}

/** What a row below a header is. Conservation: every row read is exactly one of these. */
export type RowKind = 'blank' | 'title' | 'section' | 'total' | 'data';

export interface RowReading {
  /** 1-based sheet row. */
  readonly row: number;
  readonly kind: RowKind;
  /** Hidden by the officer (a data row so marked is set aside unless hidden rows are included). */
  readonly hidden: boolean;
}

/** An outputs table: one header and the rows under it, up to the next header or the sheet's end. */
export interface OutputBlock {
  readonly sheet: string;
  /** 1-based first and last rows of the header (two-row headers span two). */
  readonly headerTop: number;
  readonly headerBottom: number;
  readonly columns: readonly ColumnReading[];
  readonly rows: readonly RowReading[];
}

/** A note about a sheet or a table the officer should see: codes + parameters, rendered by the callers. */
export interface ReadingNote {
  readonly code: MessageKey;
  readonly severity: 'error' | 'warning';
  readonly sheet: string;
  readonly cell?: string;
  readonly params: IssueParams;
}

/** How the reader took a row's date: the officer is told when it assumed the year or swapped day and month. */
export type DateHow = 'serial' | 'text' | 'yearAssumed' | 'swapped';

/** One output row read, before the plan's rules judge it. Values are what the officer sees. */
export interface OutputRow {
  readonly sheet: string;
  readonly row: number;
  readonly hidden: boolean;
  /** The value of each field, read in the row's own cells of the table's columns (the channel may come from elsewhere: channelAt). */
  readonly cells: Readonly<Partial<Record<OutputCellField, RawCell>>>;
  /**
   * The A1 cell the channel was taken from when channelFrom is set: a section row's, a marked
   * sub-column's, or the cell listing several channels. Every other field is in its column on the
   * row itself, found from the table's column letters: no address is written per field and row
   * (issue 11: six strings a row, none of them read).
   */
  readonly channelAt?: string;
  /** The text as typed where it differs from `cells` (a TCVN3/VNI cell decoded to Unicode). */
  readonly typed?: Readonly<Partial<Record<OutputCellField, string>>>;
  /**
   * `typed`'s texts made tidy (text/cellText) where tidying changes them: what validation reads of a
   * TCVN3/VNI row's cells. A field of `typed` not here is its own tidy text (the usual case: most rows have none).
   */
  readonly typedTexts?: Readonly<Partial<Record<OutputCellField, string>>>;
  /**
   * The tidy text (text/cellText) of each field read in the row's own cells, as the sheet view worked
   * it out once (SheetView.rowTexts), and of the notes joined; absent where the row has no such cells.
   * The channel's is the row's own cell's even when the channel came from elsewhere (channelFrom).
   * Resolving the row reads these instead of tidying each cell again (issue 11: the long texts' memo
   * missed on half of a TCVN3 tracker's titles and each was normalised again).
   */
  readonly texts?: Readonly<Partial<Record<OutputCellField, string>>>;
  /** A hyperlink's URL on the row's title or link cell. */
  readonly url?: string;
  /** From a count column: how many outputs the row stands for (1 when the table has none). */
  readonly quantity: number;
  /**
   * Where the channel label came from when the row has none of its own: a section row above, a marked
   * sub-column, a cell listing several, the row's link to a plan channel's site, or, in a table without a
   * channel column, the sheet's name or a title row above the table (outputTables tableChannel).
   */
  readonly channelFrom?: 'section' | 'mark' | 'list' | 'sheet' | 'title' | 'link';
}

export type OutputCellField = 'date' | 'channel' | 'form' | 'title' | 'link' | 'unit' | 'note' | 'count' | 'minutes' | 'amount';

/**
 * What the officer decided about a file, kept and used next time: which header means which role,
 * which label means which plan channel/form/unit, which unit sent the file, whether hidden rows and
 * sheets count, and how to read dates typed under an English (US) Excel.
 */
export interface ReadingChoices {
  /** Folded header text → role (null: not taken). Applies to every sheet with that header. */
  readonly headerRoles?: ReadonlyMap<string, ColumnRole | null>;
  /** "Sheet!C" → role for one column of one sheet, or "Sheet!5!C" for the table whose header starts on row 5. */
  readonly columnRoles?: ReadonlyMap<string, ColumnRole | null>;
  /** Sheet → the 1-based row the officer says is the header (the only table read on that sheet). */
  readonly headerRows?: ReadonlyMap<string, number>;
  /** Folded label → plan channel code (null: do not take rows with this label). */
  readonly channels?: ReadonlyMap<string, string | null>;
  readonly forms?: ReadonlyMap<string, string | null>;
  /** Folded text in a unit column → plan unit code. */
  readonly units?: ReadonlyMap<string, string | null>;
  readonly includeHidden?: boolean;
  /** The form of a row whose tracker has no form column and whose title and channel do not tell (default: the plan's first). */
  readonly defaultForm?: string | null;
  /** 'swap' (default): read suspicious month-first serials as the day-first date typed; 'keep': as stored. */
  readonly usDates?: 'swap' | 'keep';
  /**
   * A standing-items or spending table's columns as the officer gives them (adopt's mapping file):
   * "standing!Sheet!5" or "spending!Sheet!5" (the header's row) → column letter → field (null: not
   * taken). Fields are the table's own (records/recordSheets), checked by the mapping file's reader.
   */
  readonly otherColumns?: ReadonlyMap<string, ReadonlyMap<string, string | null>>;
  /**
   * Sheets the officer says hold a standing-items or spending table (adopt's mapping file moves a sheet
   * read as news to "standing" or "spending"): read as that table from the header row given, with the
   * columns of otherColumns, never as news (issue 13, ninth tester, D1).
   */
  readonly otherSheets?: ReadonlyMap<string, { readonly kind: 'standing' | 'spending'; readonly headerRow: number }>;
}
