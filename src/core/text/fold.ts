/**
 * Text folding for matching what people type against plan data: "Trang TTĐT huyện",
 * "trang ttdt  HUYỆN" and an NFD-encoded copy all fold to the same key. Never used for display.
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_ALPHANUMERIC_RUNS = /[^a-z0-9]+/g;

/**
 * A memo for a pure text function, per distinct text, kept in two generations of `size` entries:
 * when the current one fills it becomes the previous one (still answered from, and an entry found
 * there moves back), so memory stays within 2 × size entries however many distinct texts a run
 * meets, and the texts a tracker repeats (channel labels, forms, units) stay answered without work.
 * The reader folds the same few labels tens of thousands of times in a consolidation (issue 11).
 */
function memoised(work: (text: string) => string, size = 50_000): (text: string) => string {
  let current = new Map<string, string>();
  let previous = new Map<string, string>();
  return (text: string): string => {
    let value = current.get(text);
    if (value !== undefined) return value;
    value = previous.get(text) ?? work(text);
    if (current.size >= size) {
      previous = current;
      current = new Map();
    }
    current.set(text, value);
    return value;
  };
}

/** Folded for matching: no tone marks, đ as d, lower case, runs of anything else as one space. Memoised per text. */
export const foldForMatch: (text: string) => string = memoised((text) =>
  text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(NON_ALPHANUMERIC_RUNS, ' ').trim(),
);

/** Unicode NFC with runs of white space collapsed: the form text is stored and compared in. Memoised per text. */
export const tidyText: (text: string) => string = memoised((text) => text.normalize('NFC').replace(/\s+/g, ' ').trim());

/** Splits a cell that lists several values ("BTN; PTTH-T", "tin, bài") into trimmed parts. */
export function splitList(text: string): string[] {
  return text
    .split(/[;,\n]/)
    .map((part) => tidyText(part))
    .filter((part) => part.length > 0);
}
