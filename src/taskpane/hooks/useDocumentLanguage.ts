import { useEffect, useState } from 'react';
import { loadEnglish } from '../i18n/lazyEnglish';
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

/**
 * Loads English the first time the officer picks it (it is not in the first-load script) and
 * returns a number that changes once it is there, so texts re-render in English. Until then the
 * pane reads in Vietnamese.
 */
export function useLanguageLoaded(language: Language): number {
  const [loaded, setLoaded] = useState(0);
  useEffect(() => {
    if (language !== 'en') return;
    let live = true;
    void loadEnglish().then(() => {
      if (live) setLoaded((n) => n + 1);
    });
    return () => {
      live = false;
    };
  }, [language]);
  return loaded;
}
