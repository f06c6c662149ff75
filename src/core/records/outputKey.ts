import { untidy } from '../text/fold';

// Per-cell patterns as constants: a literal in a function body is a new RegExp each time it runs (issue 11).
const SPACE_RUNS = /\s+/g;

/**
 * The identity of an output: same channel, same date, same title once case, spacing and Unicode
 * form are set aside. Diacritics are kept: "Tin" and "Tín" are different words. Validation uses it
 * within a workbook, consolidation across units' workbooks, so both call the same thing a duplicate.
 */
export function outputIdentity(channel: string, date: string, title: string): string {
  // Unicode's SpecialCasing has no Vietnamese rule, so the default lower-casing is the Vietnamese one
  // (checked on every code point in tests/core/records); asking for the 'vi' locale cost 20 times as much per title (issue 11).
  const lower = title.normalize('NFC').toLowerCase();
  // Text that collapsing and trimming would not change is kept as it is: replacing every single
  // space with itself cost more than the rest of the identity (issue 11).
  const normalTitle = untidy(lower) ? lower.replace(SPACE_RUNS, ' ').trim() : lower;
  return `${channel}\u0000${date}\u0000${normalTitle}`;
}

/**
 * outputIdentity of a title already tidy (text/cellText: NFC, single spaces, trimmed), as an entry's
 * texts hold them (EntryOf.text): the same string, without normalising and looking for spaces to
 * collapse again. Lower-casing leaves a tidy text tidy, so nothing else differs (issue 11: built for
 * every row read, and the Unicode form check was most of its cost).
 */
export function tidyOutputIdentity(channel: string, date: string, tidyTitle: string): string {
  return `${channel}\u0000${date}\u0000${tidyTitle.toLowerCase()}`;
}
