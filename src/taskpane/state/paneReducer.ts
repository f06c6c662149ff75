import type { Language } from '../../core/i18n/messages';
import type { PlanReadResult } from '../../core/plan/planSheetReader';
import type { PlanSource } from './planSource';
import { DEFAULT_SECTION, sectionFromHash, type SectionId } from './sections';
import type { PaneMessage, TrackerChoice, TrackerJob } from './trackerJob';
import { INITIAL_CHECK_MARKS, checkMarksReducer, isCheckMarkAction, type CheckJob, type CheckMarkAction, type CheckMarks } from './checkJob';
import { INITIAL_ADOPT_STATE, adoptReducer, isAdoptAction, type AdoptAction, type AdoptState } from './adoptJob';
import { DEFAULT_REPORT_PERIOD, type ReportJob, type ReportPeriodChoice } from './reportJob';
import { INITIAL_CONSOLIDATE_STATE, consolidateReducer, isConsolidateAction, type ConsolidateAction, type ConsolidateState } from './consolidateJob';
import type { Issue } from '../../core/issues';

/**
 * All pane state in one pure reducer: what is shown, in which language, and where the plan came
 * from. Host facts (is Office loaded, which requirement sets are missing) are props, not state:
 * they never change while the pane is open.
 */
export interface PaneState {
  readonly section: SectionId;
  readonly language: Language;
  readonly planSource: PlanSource;
  readonly trackerChoice: TrackerChoice;
  readonly trackerJob: TrackerJob;
  readonly checkJob: CheckJob;
  /** What the last mark / clear of the issue cells did; its own reducer in checkJob.ts. */
  readonly checkMarks: CheckMarks;
  /** Sổ theo dõi → adopt the office's own tracker; its own reducer in adoptJob.ts. */
  readonly adopt: AdoptState;
  readonly reportPeriod: ReportPeriodChoice;
  readonly reportJob: ReportJob;
  /** Tổng hợp: picked files, choices and job; its own reducer in consolidateJob.ts. */
  readonly consolidate: ConsolidateState;
}

export type PaneAction =
  | CheckMarkAction
  | AdoptAction
  | { readonly type: 'navigate'; readonly section: SectionId }
  /** The URL hash changed (a ribbon button, the back button): unknown hashes are ignored. */
  | { readonly type: 'hashChanged'; readonly hash: string }
  | { readonly type: 'setLanguage'; readonly language: Language }
  | { readonly type: 'planReading' }
  /** The plan sheet was read; the reader's result says whether it is usable. */
  | { readonly type: 'planRead'; readonly sheet: string; readonly result: PlanReadResult }
  | { readonly type: 'planSheetMissing' }
  | { readonly type: 'planReadFailed' }
  | { readonly type: 'trackerChoiceChanged'; readonly choice: Partial<TrackerChoice> }
  | { readonly type: 'trackerStarted' }
  | { readonly type: 'trackerProgress'; readonly done: number; readonly total: number }
  | {
      readonly type: 'trackerFinished';
      readonly unitName: string;
      readonly sheets: number;
      readonly cells: number;
      readonly entrySheet: string;
      readonly progressSheet: string;
      readonly keptRows: number;
      readonly notes?: readonly PaneMessage[];
    }
  | { readonly type: 'trackerFailed'; readonly message: PaneMessage }
  | { readonly type: 'checkStarted' }
  | { readonly type: 'checkFinished'; readonly issues: readonly Issue[]; readonly sheets: number }
  | { readonly type: 'checkFailed'; readonly message: PaneMessage }
  | { readonly type: 'checkGoToFailed'; readonly message: PaneMessage }
  | { readonly type: 'reportPeriodChosen'; readonly period: ReportPeriodChoice }
  | { readonly type: 'reportStarted' }
  | {
      readonly type: 'reportFinished';
      readonly sheet: string;
      readonly period: string;
      readonly owner: string;
      readonly errors: number;
      readonly note?: PaneMessage;
    }
  | { readonly type: 'reportFailed'; readonly message: PaneMessage }
  | ConsolidateAction;

export function initialPaneState(hash: string, language: Language = 'vi'): PaneState {
  return {
    section: sectionFromHash(hash) ?? DEFAULT_SECTION,
    language,
    planSource: { kind: 'built-in', why: 'not-connected' },
    trackerChoice: { unitCode: '', kind: 'unit' },
    trackerJob: { status: 'idle' },
    checkJob: { status: 'idle' },
    checkMarks: INITIAL_CHECK_MARKS,
    adopt: INITIAL_ADOPT_STATE,
    reportPeriod: DEFAULT_REPORT_PERIOD,
    reportJob: { status: 'idle' },
    consolidate: INITIAL_CONSOLIDATE_STATE,
  };
}

function planSourceFromRead(sheet: string, result: PlanReadResult): PlanSource {
  if (result.plan === null) return { kind: 'sheet-invalid', sheet, issues: result.issues };
  return { kind: 'sheet', sheet, plan: result.plan, warnings: result.issues.filter((i) => i.severity === 'warning') };
}

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  if (isCheckMarkAction(action)) return { ...state, checkMarks: checkMarksReducer(state.checkMarks, action) };
  if (isAdoptAction(action)) return { ...state, adopt: adoptReducer(state.adopt, action) };
  if (isConsolidateAction(action)) return { ...state, consolidate: consolidateReducer(state.consolidate, action) };
  switch (action.type) {
    case 'navigate':
      return state.section === action.section ? state : { ...state, section: action.section };
    case 'hashChanged': {
      const section = sectionFromHash(action.hash);
      return section === null || section === state.section ? state : { ...state, section };
    }
    case 'setLanguage':
      return state.language === action.language ? state : { ...state, language: action.language };
    case 'planReading':
      return { ...state, planSource: { kind: 'reading' } };
    case 'planRead':
      return { ...state, planSource: planSourceFromRead(action.sheet, action.result) };
    case 'planSheetMissing':
      return { ...state, planSource: { kind: 'built-in', why: 'no-plan-sheet' } };
    case 'planReadFailed':
      return { ...state, planSource: { kind: 'read-failed' } };
    case 'trackerChoiceChanged':
      // A new choice clears the last outcome, so a success message never describes another unit.
      return {
        ...state,
        trackerChoice: { ...state.trackerChoice, ...action.choice },
        trackerJob: state.trackerJob.status === 'working' ? state.trackerJob : { status: 'idle' },
      };
    case 'trackerStarted':
      return { ...state, trackerJob: { status: 'working', done: 0, total: 0 } };
    case 'trackerProgress':
      return state.trackerJob.status === 'working' ? { ...state, trackerJob: { status: 'working', done: action.done, total: action.total } } : state;
    case 'trackerFinished': {
      const { unitName, sheets, cells, entrySheet, progressSheet, keptRows, notes = [] } = action;
      return { ...state, trackerJob: { status: 'done', unitName, sheets, cells, entrySheet, progressSheet, keptRows, notes } };
    }
    case 'trackerFailed':
      return { ...state, trackerJob: { status: 'failed', message: action.message } };
    case 'checkStarted':
      return { ...state, checkJob: { status: 'working' } };
    case 'checkFinished': {
      const errors = action.issues.filter((found) => found.severity === 'error').length;
      return { ...state, checkJob: { status: 'done', issues: action.issues, errors, warnings: action.issues.length - errors, sheets: action.sheets } };
    }
    case 'checkFailed':
      return { ...state, checkJob: { status: 'failed', message: action.message } };
    case 'checkGoToFailed':
      return state.checkJob.status === 'done' ? { ...state, checkJob: { ...state.checkJob, goToProblem: action.message } } : state;
    case 'reportPeriodChosen':
      return { ...state, reportPeriod: action.period, reportJob: state.reportJob.status === 'working' ? state.reportJob : { status: 'idle' } };
    case 'reportStarted':
      return { ...state, reportJob: { status: 'working' } };
    case 'reportFinished': {
      const { sheet, period, owner, errors, note } = action;
      return { ...state, reportJob: { status: 'done', sheet, period, owner, errors, ...(note === undefined ? {} : { note }) } };
    }
    case 'reportFailed':
      return { ...state, reportJob: { status: 'failed', message: action.message } };
  }
}
