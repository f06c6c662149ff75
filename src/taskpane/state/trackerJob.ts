import type { MessageKey } from '../../core/i18n/messages';
import type { MessageParams } from '../../core/i18n/format';
import type { WorkbookKind } from '../../core/template/stamp';

/** A message to show, as a key and its parameters, rendered in the pane's current language. */
export interface PaneMessage {
  readonly key: MessageKey;
  readonly params: MessageParams;
}

export interface TrackerChoice {
  /** Unit code; empty until the officer picks one. */
  readonly unitCode: string;
  readonly kind: WorkbookKind;
}

export type TrackerJob =
  | { readonly status: 'idle' }
  | { readonly status: 'working'; readonly done: number; readonly total: number }
  | {
      readonly status: 'done';
      readonly unitName: string;
      readonly sheets: number;
      readonly cells: number;
      /** Where the officer types ("Tin bài") and where progress shows ("Tiến độ"): what the success message names, never a cell count. */
      readonly entrySheet: string;
      readonly progressSheet: string;
      readonly keptRows: number;
      /** What the officer should know about the workbook that was upgraded (it was another unit's, or another plan's). */
      readonly notes: readonly PaneMessage[];
    }
  | { readonly status: 'failed'; readonly message: PaneMessage };
