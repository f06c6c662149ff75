import type {
  AdoptionProposal,
  ColumnProposal,
  FundingRename,
  UnusedMeasure,
  LabelProposal,
  QuarantinedRow,
  TitleMatch,
  UnreadState,
} from '../../core/adopt/types';
import type { SourceRef } from '../../core/records/types';
import type { RawSheet } from '../../core/ports/workbookPort';
import type { ColumnRole } from '../../core/reader/types';
import type { PaneMessage } from './trackerJob';

/**
 * Sổ theo dõi → "Nhận sổ đang dùng": the open workbook has no stamp but holds a tracker the office
 * keeps its own way. The pane reads it, proposes what each column and channel label means, the
 * officer confirms or changes that, and the rows go into a new tracker beside the old sheets.
 */

/** What was read: the sheets (kept so the confirmed mapping is applied to what was shown) and the proposal being edited. */
export interface AdoptScan {
  readonly sheets: readonly RawSheet[];
  readonly proposal: AdoptionProposal;
}

export interface AdoptSummary {
  readonly unitName: string;
  /** The tracker's entry sheet the rows went into. */
  readonly sheet: string;
  /** Rows taken of every table (the conservation line's figure). */
  readonly taken: number;
  /** Of `taken`, the standing-items and spending rows (into Hạng mục and Kinh phí, issue 13). */
  readonly takenStanding: number;
  readonly takenSpending: number;
  readonly rowsRead: number;
  readonly quarantined: readonly QuarantinedRow[];
  /** Standing rows matched by their title, not by a code: said as the CLI says them (core/adopt/titleMatches). */
  readonly matchedByTitle: readonly TitleMatch[];
  /** State words kept as typed and spending rows without content: taken, still to fix (core/adopt/titleMatches keptAsTypedLines). */
  readonly unreadStates: readonly UnreadState[];
  readonly blankContent: readonly SourceRef[];
  /** Funding sources written as the plan's nearest name rather than as typed (core/adopt/titleMatches fundingRenameLines). */
  readonly fundingRenamed?: readonly FundingRename[];
  /** Number columns left out while the plan measures a target in minutes or đồng (core/adopt/titleMatches unusedMeasureLines). */
  readonly unusedMeasures?: readonly UnusedMeasure[];
  readonly blank: number;
  readonly titles: number;
  readonly totals: number;
}

export type AdoptState =
  | { readonly status: 'idle' }
  | { readonly status: 'scanning'; readonly done: number; readonly total: number }
  /** The workbook was made by the add-in: the make/upgrade flow applies, nothing to adopt. */
  /** A tracker the add-in made; `officeSheets`: the office's sheets beside it (an adopted tracker's), offered to "Nhận lại". */
  | { readonly status: 'stamped'; readonly officeSheets?: readonly string[] }
  | { readonly status: 'nothing' }
  | { readonly status: 'scanFailed'; readonly message: PaneMessage }
  /** A tracker table was found: the section offers to adopt it. */
  | ({ readonly status: 'found' } & AdoptScan)
  | ({ readonly status: 'reviewing' } & AdoptScan)
  | ({ readonly status: 'writing'; readonly done: number; readonly total: number } & AdoptScan)
  /** Nothing written: sheets of these names are already in the workbook. */
  | ({ readonly status: 'clash'; readonly clashes: readonly string[] } & AdoptScan)
  | ({ readonly status: 'failed'; readonly message: PaneMessage } & AdoptScan)
  /** `scan` is what was adopted, kept so "Nhận lại" reopens the review with the officer's choices (issue 15). */
  | { readonly status: 'done'; readonly summary: AdoptSummary; readonly scan?: AdoptScan };

export type AdoptAction =
  | { readonly type: 'adoptScanStarted' }
  | { readonly type: 'adoptScanProgress'; readonly done: number; readonly total: number }
  | {
      readonly type: 'adoptScanned';
      readonly stamped: boolean;
      readonly officeSheets?: readonly string[];
      readonly sheets: readonly RawSheet[];
      readonly proposal: AdoptionProposal;
    }
  | { readonly type: 'adoptScanFailed'; readonly message: PaneMessage }
  | { readonly type: 'adoptOpened' }
  | { readonly type: 'adoptCancelled' }
  /** A column's field changed; channel labels are recounted by the caller, who knows the plan. */
  | {
      readonly type: 'adoptColumnChanged';
      readonly sheet: string;
      readonly column: string;
      readonly field: ColumnRole | null;
      readonly channels: readonly LabelProposal[];
    }
  | {
      readonly type: 'adoptHeaderRowChanged';
      readonly sheet: string;
      readonly headerRow: number;
      readonly columns: readonly ColumnProposal[];
      readonly channels: readonly LabelProposal[];
    }
  | { readonly type: 'adoptChannelChanged'; readonly label: string; readonly code: string | null }
  | { readonly type: 'adoptDefaultFormChanged'; readonly code: string | null }
  | { readonly type: 'adoptWriting'; readonly done: number; readonly total: number }
  | { readonly type: 'adoptClash'; readonly clashes: readonly string[] }
  | { readonly type: 'adoptFinished'; readonly summary: AdoptSummary }
  | { readonly type: 'adoptFailed'; readonly message: PaneMessage }
  /** "Nhận lại": back to the review of what was adopted, to change a channel or a column and write again. */
  | { readonly type: 'adoptReopened' };

export const INITIAL_ADOPT_STATE: AdoptState = { status: 'idle' };

const ADOPT_ACTIONS: ReadonlySet<string> = new Set<AdoptAction['type']>([
  'adoptScanStarted',
  'adoptScanProgress',
  'adoptScanned',
  'adoptScanFailed',
  'adoptOpened',
  'adoptCancelled',
  'adoptColumnChanged',
  'adoptHeaderRowChanged',
  'adoptChannelChanged',
  'adoptDefaultFormChanged',
  'adoptWriting',
  'adoptClash',
  'adoptFinished',
  'adoptFailed',
  'adoptReopened',
]);

export function isAdoptAction(action: { readonly type: string }): action is AdoptAction {
  return ADOPT_ACTIONS.has(action.type);
}

function scanOf(state: AdoptState): AdoptScan | null {
  return 'proposal' in state ? { sheets: state.sheets, proposal: state.proposal } : null;
}

/** Gives `field` to one column of the sheet; the column that had it before gives it up. */
export function withColumn(proposal: AdoptionProposal, sheet: string, column: string, field: ColumnRole | null): AdoptionProposal {
  return {
    ...proposal,
    sheets: proposal.sheets.map((s) =>
      s.sheet !== sheet
        ? s
        : { ...s, columns: s.columns.map((c) => (c.column === column ? { ...c, field } : field !== null && c.field === field ? { ...c, field: null } : c)) },
    ),
  };
}

export function adoptReducer(state: AdoptState, action: AdoptAction): AdoptState {
  const scan = scanOf(state);
  const editable = state.status === 'reviewing' || state.status === 'clash' || state.status === 'failed';
  switch (action.type) {
    case 'adoptScanStarted':
      return { status: 'scanning', done: 0, total: 0 };
    case 'adoptScanProgress':
      return state.status === 'scanning' ? { status: 'scanning', done: action.done, total: action.total } : state;
    case 'adoptScanned':
      if (action.stamped) return action.officeSheets === undefined ? { status: 'stamped' } : { status: 'stamped', officeSheets: action.officeSheets };
      if (action.proposal.sheets.length === 0) return { status: 'nothing' };
      return { status: 'found', sheets: action.sheets, proposal: action.proposal };
    case 'adoptScanFailed':
      return { status: 'scanFailed', message: action.message };
    case 'adoptOpened':
      return scan && state.status === 'found' ? { status: 'reviewing', ...scan } : state;
    case 'adoptCancelled':
      return scan && state.status !== 'writing' ? { status: 'found', ...scan } : state;
    case 'adoptColumnChanged':
      return scan && editable
        ? {
            status: 'reviewing',
            sheets: scan.sheets,
            proposal: { ...withColumn(scan.proposal, action.sheet, action.column, action.field), channels: action.channels },
          }
        : state;
    case 'adoptHeaderRowChanged':
      return scan && editable
        ? {
            status: 'reviewing',
            sheets: scan.sheets,
            proposal: {
              ...scan.proposal,
              sheets: scan.proposal.sheets.map((s) => (s.sheet === action.sheet ? { ...s, headerRow: action.headerRow, columns: action.columns } : s)),
              channels: action.channels,
            },
          }
        : state;
    case 'adoptChannelChanged':
      return scan && editable
        ? {
            status: 'reviewing',
            sheets: scan.sheets,
            proposal: { ...scan.proposal, channels: scan.proposal.channels.map((c) => (c.label === action.label ? { ...c, code: action.code } : c)) },
          }
        : state;
    case 'adoptDefaultFormChanged':
      return scan && editable
        ? { status: 'reviewing', sheets: scan.sheets, proposal: { ...scan.proposal, defaultForm: action.code, defaultFormChosen: true } }
        : state;
    case 'adoptWriting':
      return scan ? { status: 'writing', ...scan, done: action.done, total: action.total } : state;
    case 'adoptClash':
      return scan ? { status: 'clash', ...scan, clashes: action.clashes } : state;
    case 'adoptFinished':
      return { status: 'done', summary: action.summary, ...(scan === null ? {} : { scan }) };
    case 'adoptReopened':
      return state.status === 'done' && state.scan !== undefined ? { status: 'reviewing', ...state.scan } : state;
    case 'adoptFailed':
      return scan ? { status: 'failed', ...scan, message: action.message } : state;
  }
}
