import type { PaneMessage } from './trackerJob';

/** One picked file as the pane lists it; the rejection reason already in message form. */
export interface FileSummary {
  readonly file: string;
  readonly unit: string | null;
  readonly rejected: boolean;
  readonly records: number;
  readonly errors: number;
  readonly reason?: PaneMessage;
}

export type ConsolidateJob =
  | { readonly status: 'idle' }
  | { readonly status: 'working'; readonly count: number }
  | {
      readonly status: 'done';
      readonly files: readonly FileSummary[];
      readonly records: number;
      readonly missing: readonly string[];
      readonly prefix: string;
    }
  | { readonly status: 'failed'; readonly message: PaneMessage };
