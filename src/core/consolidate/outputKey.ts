import type { Plan } from '../plan/types';
import { outputIdentity } from '../records/outputKey';
import type { OutputRecord } from '../records/types';

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
