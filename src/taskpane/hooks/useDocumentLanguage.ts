import { useEffect } from 'react';
import type { Language } from '../../core/i18n/messages';

const STORAGE_KEY = 'cchc.pane.language';

/** Screen readers pick their voice from <html lang>, so it must follow the language switch. */
export function useDocumentLanguage(language: Language): void {
  useEffect(() => {
    document.documentElement.lang = language;
    try {
      window.localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // Storage can be disabled in the Office webview; the choice then lasts for this session only.
    }
  }, [language]);
}

/** The language chosen last time on this machine, Vietnamese otherwise. */
export function storedLanguage(): Language {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}
