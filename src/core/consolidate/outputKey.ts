import type { Plan } from '../plan/types';
import { outputIdentity, tidyOutputIdentity } from '../records/outputKey';
import type { OutputRecord } from '../records/types';
import { foldForMatch } from '../text/fold';

const NONE: ReadonlySet<string> = new Set();

/**
 * The channels that are each unit's own (every hamlet's loudspeaker, every commune's Facebook
 * page), as the plan says: a channel counted by a per-unit target ("Mỗi đơn vị", `TargetScope`)
 * is one every unit has for itself, so the same title on the same day there from two units is two
 * pieces of work. A channel counted only by plan-wide targets is shared (Báo Tây Ninh, the
 * province portal): the same article claimed by two units is one output. Returns channel codes.
 */
export function unitOwnChannels(plan: Plan): ReadonlySet<string> {
  return new Set(plan.targets.filter((t) => t.scope === 'per-unit').flatMap((t) => t.channels));
}

/**
 * A resolved output's identity across files, or null when it has no channel, date or title to
 * compare: channel, date and title (records/outputKey), and on a channel of `ownChannels`
 * (unitOwnChannels) also the unit, so two units' broadcasts of one bulletin both count while two
 * rows of one unit stay one output.
 */
export function outputKey(record: OutputRecord, ownChannels: ReadonlySet<string> = NONE): string | null {
  if (record.channel === null || record.date === null || record.title.trim() === '') return null;
  return withOwnUnit(outputIdentity(record.channel, record.date, record.title), record.channel, record.unit, ownChannels);
}

/** An identity with the row's unit after it when its channel is one of `ownChannels` (each unit's own), else as it is. */
function withOwnUnit(identity: string, channel: string | null, unit: string | null, ownChannels: ReadonlySet<string>): string {
  return channel !== null && ownChannels.has(channel) ? `${identity}\u0000${unit ?? ''}` : identity;
}

/** What an output's identity is read from: the record resolved and the cells' tidy text. */
export interface KeyedEntry {
  /** Its title tidy (text/cellText), as the reader makes it: entryOutputKeyHash does not tidy it again. */
  readonly record: OutputRecord;
  readonly text: { readonly title?: string; readonly channel?: string };
}

/**
 * An output entry's identity as validation's duplicate rule compares the rows of one workbook
 * (validation/rules/duplicateOutput): outputKey's, from the title cell's tidy text; a row whose
 * channel names nothing in the plan by its folded channel text ("?…"). Null without a date or a
 * title. Computed once per row by checkReading, for the rule.
 */
export function entryIdentity(entry: KeyedEntry, ownChannels: ReadonlySet<string> = NONE): string | null {
  const { date, channel } = entry.record;
  const title = entry.text.title ?? '';
  if (date === null || title === '') return null;
  // The title cell's text is tidy (EntryOf.text): its identity is built without tidying it again.
  return withOwnUnit(tidyOutputIdentity(channel ?? `?${foldForMatch(entry.text.channel ?? '')}`, date, title), channel, entry.record.unit, ownChannels);
}

/**
 * outputKeyHash(entryIdentity(entry, ownChannels)): the duplicate rule's identity hashed part by part
 * (the channel, or "?" and the folded channel text when it names nothing in the plan; the date; the
 * title cell's tidy text lower-cased; the unit on a channel of `ownChannels`), without building the
 * string. Null as entryIdentity. Two identities may share a hash: the rule confirms a match with
 * entryIdentity's strings, made only for the rows whose hash was met before (issue 11: the identity
 * string of every row, built and hashed again by the rule's Map, was 27 MB and 70 ms of 112,000 VNI rows).
 */
export function entryIdentityHash(entry: KeyedEntry, ownChannels: ReadonlySet<string> = NONE): number | null {
  const { date, channel } = entry.record;
  const title = entry.text.title ?? '';
  if (date === null || title === '') return null;
  const start = channel !== null ? fnv1a(FNV_OFFSET, channel) : fnv1a(fnv1a(FNV_OFFSET, '?'), foldForMatch(entry.text.channel ?? ''));
  let hash = fnv1aLowerCase(fnv1a(fnv1a(fnv1a(start, NUL), date), NUL), title);
  if (channel !== null && ownChannels.has(channel)) hash = fnv1a(fnv1a(hash, NUL), entry.record.unit ?? '');
  return hash >> 1;
}

/**
 * A key's 31-bit hash (FNV-1a over its UTF-16 code units, shifted into the range every JavaScript
 * engine keeps as a small integer): what a file's examined outputs keep instead of the key itself.
 * Equal keys hash alike; two keys may share a hash, so whoever compares hashes confirms with the keys
 * (takenOutputs.ts). Why (issue 11): each row's key (its channel, date and lower-cased title, about
 * 250 bytes) lived from its file's reading to the merge, and copying those keys was a fifth of the
 * collector's work; the hash is 4 bytes. Null for a null key (never a duplicate).
 */
export function outputKeyHash(key: string | null): number | null {
  return key === null ? null : fnv1a(FNV_OFFSET, key) >> 1;
}

/**
 * outputKeyHash(outputKey(entry.record, ownChannels)): the hash runs over the key's parts in turn (the
 * channel, the date, the record's title lower-cased, the unit where the channel is each unit's own), as
 * over the string tidyOutputIdentity and withOwnUnit would make, without building it; the record's
 * title is tidy as the reader makes every title. Why (issue 11): a TCVN3/VNI row's key was made, then
 * hashed; and a Unicode row's identity (entryIdentity, the duplicate rule's Map key, a string joined from
 * its parts) was hashed code unit by code unit through the join, 164 ms on 200,000 rows where hashing
 * the parts costs 70. Null as outputKey.
 */
export function entryOutputKeyHash(entry: KeyedEntry, ownChannels: ReadonlySet<string> = NONE): number | null {
  const { channel, date, title, unit } = entry.record;
  if (channel === null || date === null || title === '') return null;
  // tidyOutputIdentity's string, then withOwnUnit's, part by part.
  let hash = fnv1aLowerCase(fnv1a(fnv1a(fnv1a(fnv1a(FNV_OFFSET, channel), NUL), date), NUL), title);
  if (ownChannels.has(channel)) hash = fnv1a(fnv1a(hash, NUL), unit ?? '');
  return hash >> 1;
}

/** FNV-1a's 32-bit offset basis and prime (http://www.isthe.com/chongo/tech/comp/fnv/). */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const NUL = '\u0000';

/** FNV-1a over `text`'s UTF-16 code units, from `hash` (32 bits). */
function fnv1a(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

/**
 * Each UTF-16 code unit's lower case where it is one unit that needs no context, filled as units are
 * met (0 = not asked yet, NO_SINGLE_LOWER = none): String.prototype.toLowerCase unit for unit.
 */
const lowerByUnit = new Uint16Array(0x10000);
const NO_SINGLE_LOWER = 0xffff;

/** The unit's lower case (lowerByUnit), or NO_SINGLE_LOWER for a surrogate, Σ (final sigma depends on what follows) or a unit lower-cased to two (İ). */
function lowerOfUnit(unit: number): number {
  let lower = lowerByUnit[unit] ?? 0;
  if (lower !== 0 || unit === 0) return lower;
  const lowered = (unit >= 0xd800 && unit <= 0xdfff) || unit === 0x3a3 ? '' : String.fromCharCode(unit).toLowerCase();
  lower = lowered.length === 1 ? lowered.charCodeAt(0) : NO_SINGLE_LOWER;
  lowerByUnit[unit] = lower;
  return lower;
}

/**
 * fnv1a(hash, text.toLowerCase()) without making the lower-cased string: unit by unit through
 * lowerByUnit, or through toLowerCase when the text holds a unit whose lower case needs more (a
 * surrogate pair, Σ, İ). Why (issue 11): every TCVN3/VNI row's decoded title was lower-cased into a
 * string hashed once and dropped, 28 MB and a tenth of a second on 200,000 rows. ECMA-262
 * String.prototype.toLowerCase maps code points by Unicode's default case mapping, which is per code
 * point except Final_Sigma: a BMP unit that is no surrogate maps alone, as lowerOfUnit asks it.
 */
function fnv1aLowerCase(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    // The table read here, its filling called only for a unit not met yet (the command line compiles without inlining, engineFlags.ts).
    let lower = unit < 0x41 ? unit : unit <= 0x5a ? unit + 0x20 : unit < 0x80 ? unit : (lowerByUnit[unit] ?? 0);
    if (lower === 0 && unit !== 0) lower = lowerOfUnit(unit);
    if (lower === NO_SINGLE_LOWER) return fnv1a(hash, text.toLowerCase());
    h = Math.imul(h ^ lower, FNV_PRIME);
  }
  return h;
}
