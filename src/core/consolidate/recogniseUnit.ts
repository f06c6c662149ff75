import type { Plan } from '../plan/types';
import type { RawSheet } from '../ports/workbookPort';
import { cellText } from '../text/cellText';
import { foldForMatch } from '../text/fold';

/**
 * Which unit sent a file that has no stamp: an office's own tracker. Offices name files after
 * themselves ("ThanhDuc_2018.xlsx", "xa-cam-giang.xlsx") and put their name in the title rows
 * ("UBND XÃ THẠNH ĐỨC"). Names are compared with spaces removed, and the longest name found wins;
 * two different units with names of that length found means "cannot tell".
 */

const TITLE_ROWS = 6;

function squash(text: string): string {
  return foldForMatch(text).replace(/ /g, '');
}

export function recogniseUnit(plan: Plan, file: string, sheets: readonly RawSheet[]): string | null {
  const names = plan.units.flatMap((u) => [u.name, ...u.aliases].map((n) => ({ code: u.code, key: squash(n) }))).filter((n) => n.key.length >= 4);
  const search = (haystack: string): string | null => {
    const hits = names.filter((n) => haystack.includes(n.key));
    const longest = Math.max(0, ...hits.map((h) => h.key.length));
    const codes = new Set(hits.filter((h) => h.key.length === longest).map((h) => h.code));
    return codes.size === 1 ? ([...codes][0] ?? null) : null;
  };
  const fromName = search(squash(file.replace(/\.[^.]+$/, '')));
  if (fromName) return fromName;
  const titles = sheets.flatMap((s) => s.values.slice(0, TITLE_ROWS).flatMap((row) => row.map((c) => cellText(c)))).filter((t) => t !== '');
  return search(squash(titles.join(' ')));
}
