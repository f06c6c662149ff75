import { useCallback, useMemo, useReducer, type ReactElement } from 'react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Language, MessageKey } from '../core/i18n/messages';
import { t, type MessageParams } from '../core/i18n/format';
import type { Plan } from '../core/plan/types';
import type { PlatformSupport, WorkbookPort } from '../core/ports/workbookPort';
import { PaneContext, type PaneContextValue } from './PaneContext';
import { initialPaneState, paneReducer } from './state/paneReducer';
import { hostStatus } from './state/hostStatus';
import { useHashSync } from './hooks/useHashSync';
import { useDocumentLanguage, useLanguageLoaded } from './hooks/useDocumentLanguage';
import { useWorkbookPlan } from './hooks/useWorkbookPlan';
import { activePlan } from './state/planSource';
import type { PaneMessage } from './state/trackerJob';
import { PaneLayout } from './components/PaneLayout';

export interface AppProps {
  /** The open workbook, or null when Office.js is not there (plain browser, offline). */
  readonly port: WorkbookPort | null;
  /** What the running Excel supports; null while Office.js is still starting. */
  readonly support: PlatformSupport | null;
  /** The built-in plan, shown until (and unless) the workbook's own plan sheet reads cleanly. */
  readonly plan: Plan;
  /** The URL hash at start-up: ribbon buttons open the pane on a section this way. */
  readonly initialHash: string;
  readonly initialLanguage?: Language;
  /** Turns a failed workbook call into words; index.tsx passes src/excel's describeExcelError. */
  readonly describeError?: (error: unknown) => PaneMessage;
}

const describeUnknown = (error: unknown): PaneMessage => ({
  key: 'pane.error.unexpected',
  params: { detail: error instanceof Error ? error.message : String(error) },
});

export function App({ port, support, plan, initialHash, initialLanguage = 'vi', describeError = describeUnknown }: AppProps): ReactElement {
  const [state, dispatch] = useReducer(paneReducer, undefined, () => initialPaneState(initialHash, initialLanguage));
  useHashSync(state.section, dispatch);
  useDocumentLanguage(state.language);
  const languageLoaded = useLanguageLoaded(state.language);

  // languageLoaded changes once English has arrived, so every text is read again in English.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the dependency is the point: t() reads a dictionary filled later
  const text = useCallback((key: MessageKey, params?: MessageParams) => t(key, params, state.language), [state.language, languageLoaded]);
  const host = useMemo(() => hostStatus(port, support), [port, support]);
  useWorkbookPlan(host, dispatch);
  const shownPlan = activePlan(state.planSource, plan);
  const context = useMemo<PaneContextValue>(
    () => ({ state, dispatch, plan: shownPlan, builtInPlan: plan, host, text, describeError }),
    [state, shownPlan, plan, host, text, describeError],
  );

  return (
    <FluentProvider theme={webLightTheme} lang={state.language}>
      <PaneContext.Provider value={context}>
        <PaneLayout />
      </PaneContext.Provider>
    </FluentProvider>
  );
}
