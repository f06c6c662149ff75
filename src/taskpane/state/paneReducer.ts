import type { Language } from '../../core/i18n/messages';
import type { PlanReadResult } from '../../core/plan/planSheetReader';
import type { PlanSource } from './planSource';
import { DEFAULT_SECTION, sectionFromHash, type SectionId } from './sections';

/**
 * All pane state in one pure reducer: what is shown, in which language, and where the plan came
 * from. Host facts (is Office loaded, which requirement sets are missing) are props, not state:
 * they never change while the pane is open.
 */
export interface PaneState {
  readonly section: SectionId;
  readonly language: Language;
  readonly planSource: PlanSource;
}

export type PaneAction =
  | { readonly type: 'navigate'; readonly section: SectionId }
  /** The URL hash changed (a ribbon button, the back button): unknown hashes are ignored. */
  | { readonly type: 'hashChanged'; readonly hash: string }
  | { readonly type: 'setLanguage'; readonly language: Language }
  | { readonly type: 'planReading' }
  /** The plan sheet was read; the reader's result says whether it is usable. */
  | { readonly type: 'planRead'; readonly sheet: string; readonly result: PlanReadResult }
  | { readonly type: 'planSheetMissing' }
  | { readonly type: 'planReadFailed' };

export function initialPaneState(hash: string, language: Language = 'vi'): PaneState {
  return { section: sectionFromHash(hash) ?? DEFAULT_SECTION, language, planSource: { kind: 'built-in', why: 'not-connected' } };
}

function planSourceFromRead(sheet: string, result: PlanReadResult): PlanSource {
  if (result.plan === null) return { kind: 'sheet-invalid', sheet, issues: result.issues };
  return { kind: 'sheet', sheet, plan: result.plan, warnings: result.issues.filter((i) => i.severity === 'warning') };
}

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
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
  }
}
