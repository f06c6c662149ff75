import type { Issue } from '../../core/issues';
import type { PaneMessage } from './trackerJob';

/** The last "check the open workbook": its issues, in workbook order, each pointing at a cell. */
export type CheckJob =
  | { readonly status: 'idle' }
  | { readonly status: 'working' }
  | {
      readonly status: 'done';
      readonly issues: readonly Issue[];
      readonly errors: number;
      readonly warnings: number;
      readonly sheets: number;
      /** Set when "go to cell" failed (the sheet was renamed or deleted since the check). */
      readonly goToProblem?: PaneMessage;
    }
  | { readonly status: 'failed'; readonly message: PaneMessage };
