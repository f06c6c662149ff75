import type { RawCell } from '../ports/workbookPort';
import { tidyText } from './fold';

/** A raw cell as tidy text: NFC, single spaces; numbers and booleans as written; empty for null. */
export function cellText(raw: RawCell): string {
  if (raw === null) return '';
  if (typeof raw === 'string') return tidyText(raw);
  return String(raw);
}
