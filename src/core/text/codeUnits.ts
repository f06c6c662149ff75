/**
 * Strings made from code units written one by one (the TCVN3/VNI decoders, folding by table).
 *
 * `String.fromCharCode.apply` copies a plain array's elements as they are, in optimised code or not; a
 * typed array it reads element by element through the runtime's generic path (ECMA-262
 * CreateListFromArrayLike) until the calling function is optimised, which the command line's larger
 * interrupt budget (src/cli/engineFlags.ts) puts off for thousands of calls. Issue 11, timed inside a
 * TCVN3 run of 60,000 texts: the first 20,000 cost 3 µs each, the rest 0.45 µs; with a plain array kept
 * per length the decoders' strings took 45–62 ms instead of 87–146. An array per text was as fast but
 * made 40 MB of garbage. At most SHORT_TEXT arrays are kept, about 1 MB in all.
 */

/** Texts up to this many code units are made from a plain array kept for their length (unitsOfLength). */
export const SHORT_TEXT = 512;

/** A longer text is made in calls of this many code units (an argument each). */
const UNITS_PER_CALL = 4096;

const arraysByLength: number[][] = [];

/**
 * The plain array kept for texts of `length` code units (1 to SHORT_TEXT), made when first asked for and
 * reused by every caller: fill all `length` elements, then make the string (stringOfUnits) before asking
 * again. Nothing here is re-entered (one text at a time).
 */
export function unitsOfLength(length: number): number[] {
  let units = arraysByLength[length];
  if (units === undefined) arraysByLength[length] = units = new Array<number>(length).fill(0);
  return units;
}

/** The first `length` code units of `buffer` as a string. */
export function stringOfUnits(buffer: Uint16Array, length: number): string {
  if (length <= SHORT_TEXT) {
    const units = unitsOfLength(length);
    for (let i = 0; i < length; i += 1) units[i] = buffer[i] ?? 0;
    return String.fromCharCode.apply(null, units);
  }
  // fromCharCode takes the units as arguments: a typed array passes through apply as they are.
  const make = (from: number, to: number): string => String.fromCharCode.apply(null, buffer.subarray(from, to) as unknown as number[]);
  let made = '';
  for (let from = 0; from < length; from += UNITS_PER_CALL) made += make(from, Math.min(length, from + UNITS_PER_CALL));
  return made;
}
