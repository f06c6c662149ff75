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
  const identity = outputIdentity(record.channel, record.date, record.title);
  return ownChannels.has(record.channel) ? `${identity}\u0000${record.unit ?? ''}` : identity;
}

/** What an output's identity is read from: the record resolved and the cells' tidy text. */
export interface KeyedEntry {
  readonly record: OutputRecord;
  readonly text: { readonly title?: string; readonly channel?: string };
}

/**
 * An output entry's identity as validation's duplicate rule compares the rows of one workbook
 * (validation/rules/duplicateOutput): outputKey's, from the title cell's tidy text; a row whose
 * channel names nothing in the plan by its folded channel text ("?…"). Null without a date or a
 * title. Computed once per row by checkReading, for the rule and for consolidation (entryOutputKey).
 */
export function entryIdentity(entry: KeyedEntry, ownChannels: ReadonlySet<string> = NONE): string | null {
  const { date, channel } = entry.record;
  const title = entry.text.title ?? '';
  if (date === null || title === '') return null;
  // The title cell's text is tidy (EntryOf.text): its identity is built without tidying it again.
  const identity = tidyOutputIdentity(channel ?? `?${foldForMatch(entry.text.channel ?? '')}`, date, title);
  return channel !== null && ownChannels.has(channel) ? `${identity}\u0000${entry.record.unit ?? ''}` : identity;
}

/**
 * outputKey(entry.record, ownChannels), given the entry's entryIdentity: the same string when the row
 * has a channel and its record's title is the cell's text (always, for rows the reader read), so the
 * key is built, and hashed by the Maps that hold it, once per row (issue 11); else outputKey itself.
 */
export function entryOutputKey(entry: KeyedEntry, identity: string | null, ownChannels: ReadonlySet<string> = NONE): string | null {
  const { record } = entry;
  if (identity !== null && record.channel !== null && entry.text.title === record.title && record.title.trim() !== '') return identity;
  return outputKey(record, ownChannels);
}
