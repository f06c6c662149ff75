import { createContext, useContext, type Dispatch } from 'react';
import type { MessageKey } from '../core/i18n/messages';
import type { MessageParams } from '../core/i18n/format';
import type { Plan } from '../core/plan/types';
import type { PaneAction, PaneState } from './state/paneReducer';
import type { HostStatus } from './state/hostStatus';
import type { PaneMessage } from './state/trackerJob';

/** What every component may use: the state, a way to change it, the plan, the host, and words. */
export interface PaneContextValue {
  readonly state: PaneState;
  readonly dispatch: Dispatch<PaneAction>;
  /** The plan on screen: the workbook's own when it has a valid plan sheet, else the built-in one. */
  readonly plan: Plan;
  readonly builtInPlan: Plan;
  readonly host: HostStatus;
  /** Turns a failed workbook call into words (index.tsx passes the Excel adapter's mapping). */
  readonly describeError: (error: unknown) => PaneMessage;
  /** t() bound to the pane's current language. */
  readonly text: (key: MessageKey, params?: MessageParams) => string;
}

export const PaneContext = createContext<PaneContextValue | null>(null);

export function usePane(): PaneContextValue {
  const value = useContext(PaneContext);
  if (value === null) throw new Error('usePane() is used outside <App>; wrap the component in PaneContext.');
  return value;
}
