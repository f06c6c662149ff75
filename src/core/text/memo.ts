/**
 * A memo for a pure text function, per distinct text, kept in two generations of `size` entries:
 * when the current one fills it becomes the previous one (still answered from, and an entry found
 * there moves back), so memory stays within 2 × size entries however many distinct texts a run
 * meets, and the texts a tracker repeats (channel labels, forms, units) stay answered without work.
 * The reader folds and looks up the same few labels tens of thousands of times in a consolidation
 * (issue 11). `work` must be pure and never return undefined (null is a remembered answer).
 *
 * Texts longer than `longest` code units (when given) are worked out on every call and never kept:
 * such texts are titles and links, each met on one row, and keeping them cost twice what working
 * them out again did (issue 11: a Map insert and a lookup per title, and the full generations for the
 * collector), while every label a tracker repeats is shorter.
 */
export function memoised<T>(work: (text: string) => T, size = 50_000, longest = Infinity): (text: string) => T {
  let current = new Map<string, T>();
  let previous = new Map<string, T>();
  return (text: string): T => {
    if (text.length > longest) return work(text);
    let value = current.get(text);
    if (value !== undefined) return value;
    const earlier = previous.get(text);
    value = earlier !== undefined ? earlier : work(text);
    if (current.size >= size) {
      previous = current;
      current = new Map();
    }
    current.set(text, value);
    return value;
  };
}
