/**
 * Text folding for matching what people type against plan data: "Trang TTĐT huyện",
 * "trang ttdt  HUYỆN" and an NFD-encoded copy all fold to the same key. Never used for display.
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_ALPHANUMERIC_RUNS = /[^a-z0-9]+/g;

export function foldForMatch(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(NON_ALPHANUMERIC_RUNS, ' ').trim();
}

/** Unicode NFC with runs of white space collapsed: the form text is stored and compared in. */
export function tidyText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Splits a cell that lists several values ("BTN; PTTH-T", "tin, bài") into trimmed parts. */
export function splitList(text: string): string[] {
  return text
    .split(/[;,\n]/)
    .map((part) => tidyText(part))
    .filter((part) => part.length > 0);
}
