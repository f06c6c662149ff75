import type { Language } from '../../core/i18n/messages';
import { DEFAULT_SECTION, sectionFromHash, type SectionId } from './sections';

/**
 * All pane state in one pure reducer: what is shown and in which language. Host facts (is Office
 * loaded, which requirement sets are missing) are props, not state: they never change while the
 * pane is open.
 */
export interface PaneState {
  readonly section: SectionId;
  readonly language: Language;
}

export type PaneAction =
  | { readonly type: 'navigate'; readonly section: SectionId }
  /** The URL hash changed (a ribbon button, the back button): unknown hashes are ignored. */
  | { readonly type: 'hashChanged'; readonly hash: string }
  | { readonly type: 'setLanguage'; readonly language: Language };

export function initialPaneState(hash: string, language: Language = 'vi'): PaneState {
  return { section: sectionFromHash(hash) ?? DEFAULT_SECTION, language };
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
  }
}
