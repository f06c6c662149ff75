import type { CellValue } from '../layout/types';
import type { SourceRef } from '../records/types';
import type { OutputRejection } from '../reader/admit';
import type { ColumnRole, ReadingNote } from '../reader/types';
import type { SkippedRow } from '../records/readRecords';

/**
 * Adopting an office's own tracker: a proposal the officer confirms or changes in the pane (or in
 * a mapping file on the command line), then the rows it brings into the template's tables.
 */

export interface ColumnProposal {
  /** Column letter on the sheet. */
  readonly column: string;
  readonly header: string;
  /** The role it has (a template field, a count, the row number...), or null when the column is not taken. */
  readonly field: ColumnRole | null;
}

export interface SheetProposal {
  readonly sheet: string;
  /** 1-based row of the header. */
  readonly headerRow: number;
  readonly columns: readonly ColumnProposal[];
}

export interface LabelProposal {
  /** The text as typed (tidied), first spelling seen. */
  readonly label: string;
  readonly rows: number;
  /** The plan code proposed, or null when nothing fits. */
  readonly code: string | null;
}

/** A standing-items or spending table as found: its columns and the field each is read as (records/recordSheets' fields). */
export interface OtherTableProposal {
  readonly kind: 'standing' | 'spending';
  readonly sheet: string;
  /** 1-based row of the header. */
  readonly headerRow: number;
  readonly columns: readonly { readonly column: string; readonly header: string; readonly field: string | null }[];
}

/** A standing-items title typed without a code, and the plan item it is taken as (null: none, the rows are refused). */
export interface ItemProposal {
  readonly title: string;
  readonly rows: number;
  readonly code: string | null;
}

export interface AdoptionProposal {
  readonly sheets: readonly SheetProposal[];
  /** The standing-items and spending tables (issue 13, closing note 5: listed in the mapping file too). */
  readonly otherTables?: readonly OtherTableProposal[];
  /** Standing titles without a code, with the item each is taken as. */
  readonly items?: readonly ItemProposal[];
  /** Sheets read but with no recognisable header, so not taken (said, never silently skipped). */
  readonly sheetsWithoutHeader: readonly string[];
  readonly channels: readonly LabelProposal[];
  readonly forms: readonly LabelProposal[];
  /** The form given to rows with no form (trackers often have no such column). */
  readonly defaultForm: string | null;
  /** True once the officer chose `defaultForm` (the pane's field): the choice then wins over a title word (records/inferForm). */
  readonly defaultFormChosen?: boolean;
  /**
   * The funding sources typed in spending tables, with the plan source each is taken as: the plan's
   * name, or the one plan name validate would suggest ("Ngân sách phường" → "Ngân sách phường chi
   * CCHC"); null when none or two are equally near (try13j defect 3).
   */
  readonly fundingSources?: readonly LabelProposal[];
  /**
   * What the reader doubted and adopt must say before it writes (read13m): a quantity column read as
   * airtime instead (`reader.countLooksLikeAirtime`, its cell the column's header cell). Reader notes
   * with codes and parameters; absent or empty when there is nothing to say.
   */
  readonly doubts?: readonly ReadingNote[];
}

/** What the officer confirmed: the proposal with any changes. */
export interface AdoptionMapping {
  readonly sheets: readonly SheetProposal[];
  /** Folded label → plan code (null: do not take rows with this label). */
  readonly channels: ReadonlyMap<string, string | null>;
  readonly forms: ReadonlyMap<string, string | null>;
  readonly defaultForm: string | null;
  /**
   * The officer chose `defaultForm` (the pane's field, or a mapping file's "defaultForm" other than the
   * proposal's): it then wins over a form guessed from a title word (records/inferForm, try13j defect 1).
   */
  readonly defaultFormChosen?: boolean;
  /** The officer's columns of standing-items and spending tables, by "kind!Sheet!headerRow" → column letter → field. */
  readonly otherColumns?: ReadonlyMap<string, ReadonlyMap<string, string | null>>;
  /** Sheets proposed as news that the officer moved to "standing" or "spending", with the header row to read them from. */
  readonly otherSheets?: ReadonlyMap<string, { readonly kind: 'standing' | 'spending'; readonly headerRow: number }>;
  /** Folded standing title → plan item code the officer chose (null: refuse its rows); only where it differs from the proposal. */
  readonly items?: ReadonlyMap<string, string | null>;
  /** Folded funding source as typed → plan funding source code (null: kept as typed, for the officer to fix). */
  readonly fundingSources?: ReadonlyMap<string, string | null>;
  /**
   * Folded funding sources the officer's mapping file itself names a plan source for: adopt then says the
   * choice was the file's ("theo tệp ghép"), not the add-in's nearest name (try13l defect 8).
   */
  readonly fundingSourcesGiven?: ReadonlySet<string>;
}

/**
 * Why a row was not taken: the one reader's reasons (reader/admit), a row repeating one already taken,
 * a standing-items row naming no plan item, a spending row without an amount, or a row of a sheet
 * whose header the reader cannot place ('noTable': counted, never vanishing; issue 13, eighth tester, D1).
 */
export type QuarantineReason = OutputRejection | 'duplicate' | 'unknownItem' | 'noItemForLevel' | 'noAmount' | 'noTable';

export interface QuarantinedRow {
  readonly source: SourceRef;
  readonly reason: QuarantineReason;
  /** What was in the offending cell. */
  readonly value: string;
  /**
   * For 'ambiguousUnit': the units the text could mean, quoted and listed; for 'unknownItem': the
   * nearest plan items of the unit's level, "2.b «Cập nhật bảng tin…»; 2.a «…»" (at most 3).
   */
  readonly names?: string;
}

/**
 * Standing rows whose plan item was named by the title typed, not by a code (issue 13, closing note 5):
 * 'exact' the plan's wording, 'near' words nearly the plan's (otherRows.itemByTitle), 'map' the
 * mapping file's "items". One per distinct title and item, with how many rows carry it.
 */
export interface TitleMatch {
  /** The title as typed (first spelling seen). */
  readonly title: string;
  /** The plan item's code and title. */
  readonly item: string;
  readonly itemTitle: string;
  readonly how: 'exact' | 'near' | 'map';
  readonly rows: number;
}

/** A state word the reader does not know ("Tạm dừng"), kept as typed in Hạng mục: how many rows carry it and the first. */
export interface UnreadState {
  readonly value: string;
  readonly rows: number;
  readonly first: SourceRef;
}

export interface AdoptionResult {
  /** Rows aligned with OUTPUT_SHEET's columns, ready for buildTemplate's existing rows. */
  readonly rows: readonly (readonly CellValue[])[];
  /** Rows aligned with STANDING_SHEET's columns: the office's own standing-items rows (issue 13, D2). */
  readonly standing: readonly (readonly CellValue[])[];
  /** Rows aligned with SPENDING_SHEET's columns. */
  readonly spending: readonly (readonly CellValue[])[];
  readonly quarantined: readonly QuarantinedRow[];
  readonly skipped: readonly SkippedRow[];
  /** Rows below the headers of every table read (outputs, standing items, spending): taken + quarantined + skipped. */
  readonly rowsRead: number;
  /** Data rows taken, of every table (an outputs row with a count of 3 gives 3 template rows, one for each output). */
  readonly taken: number;
  /** Of `taken`, the standing-items and spending rows. */
  readonly takenStanding: number;
  readonly takenSpending: number;
  readonly matchedByTitle: readonly TitleMatch[];
  /** State words kept as typed because the reader does not know them (issue 13, ninth tester, D3): said, so validate's errors are no surprise. */
  readonly unreadStates: readonly UnreadState[];
  /** Spending rows taken with an empty Nội dung chi (issue 13, ninth tester, D4). */
  readonly blankContent: readonly SourceRef[];
  /** Funding sources written as another plan name than typed (the proposal's suggestion or the map's): said, never silent. */
  readonly fundingRenamed: readonly FundingRename[];
  /** Number columns left out while the plan measures a target in minutes or đồng: said, never silent. */
  readonly unusedMeasures: readonly UnusedMeasure[];
}

/** A number column of an outputs table left out while the plan has a target measured in minutes or đồng (try13j defect 2). */
export interface UnusedMeasure {
  readonly sheet: string;
  /** Column letter. */
  readonly column: string;
  readonly header: string;
  readonly measure: 'minutes' | 'amount';
  /** The plan's targets measured so, their ids joined ("CT1, CT3"). */
  readonly targets: string;
}

/** A funding source typed otherwise than the plan names it, written as the plan's name in "Kinh phí". */
export interface FundingRename {
  /** As typed (first spelling seen). */
  readonly typed: string;
  /** The plan source's name written. */
  readonly name: string;
  readonly rows: number;
  /** 'near': the add-in's nearest plan name (check it); 'map': the officer's mapping file named it. */
  readonly how: 'near' | 'map';
}
