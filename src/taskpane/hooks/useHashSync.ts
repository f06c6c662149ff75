import { useEffect, type Dispatch } from 'react';
import type { PaneAction } from '../state/paneReducer';
import type { SectionId } from '../state/sections';

/**
 * Keeps the URL hash and the open section in step, both ways: a ribbon button (or the back
 * button) changes the hash → the section follows; choosing a tab → the hash follows, with
 * replaceState so tab changes do not pile up in history.
 */
export function useHashSync(section: SectionId, dispatch: Dispatch<PaneAction>): void {
  useEffect(() => {
    const onHashChange = (): void => dispatch({ type: 'hashChanged', hash: window.location.hash });
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [dispatch]);

  useEffect(() => {
    if (window.location.hash !== `#${section}`) {
      window.history.replaceState(null, '', `#${section}`);
    }
  }, [section]);
}
