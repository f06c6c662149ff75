import { quotedNames } from '../../reader/admit';
import type { FieldOf, RecordKind } from '../../records/types';
import { at, eachField, excerpt, headerOf, recordRule, textOf } from '../rule';
import type { NameKind } from '../suggest';
import type { Emit, Entry, EntryOf, ValidationContext } from '../types';

/**
 * A channel, form, unit, state or funding source that names nothing in the plan. The message says
 * what was typed and, when one plan name is obviously meant (a typo, a missing word, Vietnamese in
 * an old encoding), suggests it. A unit that folds to two units' names (written without the tone
 * mark that tells "Tân Thành" from "Tân Thạnh") is said as ambiguous, naming both and their codes.
 */
const KIND_OF: Readonly<Record<string, NameKind>> = { channel: 'channel', form: 'form', unit: 'unit', state: 'state', fundingSource: 'fundingSource' };

function resolved(entry: Entry, field: string): boolean {
  switch (entry.kind) {
    case 'output':
      return field === 'channel' ? entry.record.channel !== null : field === 'form' ? entry.record.form !== null : entry.record.unit !== null;
    case 'standing':
      return field === 'state' ? entry.record.state !== null : entry.record.unit !== null;
    case 'spending':
      return field === 'fundingSource' ? entry.record.fundingSource !== null : entry.record.unit !== null;
  }
}

/**
 * The name as the officer means it, for the message: an office tracker's channel and form cells read from
 * TCVN3/VNI (reader OutputEntry channelLabel, formLabel), quoted as typed they read "Trang Zalo c¸ nh©n"
 * (issue 11's eleventh tester); any other cell as typed.
 */
function meant(entry: Entry, field: string, typed: string): string {
  if (entry.kind !== 'output') return typed;
  const labels = entry as Entry & { readonly channelLabel?: string; readonly formLabel?: string };
  const label = field === 'channel' ? labels.channelLabel : field === 'form' ? labels.formLabel : undefined;
  return label === undefined || label === '' ? typed : label;
}

type Outcome = 'unknown' | 'unknownOwn' | 'unknownSuggest' | 'ambiguousUnit';

function check<K extends RecordKind>(entry: EntryOf<K>, field: FieldOf<K>, context: ValidationContext, emit: Emit<Outcome>): void {
  const typed = textOf(entry, field);
  const kind = KIND_OF[field];
  if (typed === '' || kind === undefined || resolved(entry as Entry, field)) return;
  const params = { field: headerOf(entry, field), value: excerpt(meant(entry as Entry, field, typed)) };
  // A unit written without its tone marks may fold to two units (Thạnh/Thanh): a collision to explain, with both, not an unknown name.
  const candidates = kind === 'unit' ? context.plan.units.filter((u) => context.lookup.unit.candidates(typed).includes(u.code)) : [];
  if (candidates.length > 1) {
    emit('ambiguousUnit', at(entry, field), { ...params, names: quotedNames(candidates.map((u) => u.name)), codes: candidates.map((u) => u.code).join(', ') });
    return;
  }
  const suggestion = context.suggest.closest(kind, typed);
  // An office's own tracker has no "Danh mục" sheet to pick from (issue 11's second tester, F3).
  if (suggestion === null) emit(context.stamp === null ? 'unknownOwn' : 'unknown', at(entry, field), params);
  else emit('unknownSuggest', at(entry, field), { ...params, suggestion });
}

export const unknownName = recordRule({
  id: 'unknown-name',
  appliesTo: ['output', 'standing', 'spending'],
  issues: {
    unknown: { code: 'validation.name.unknown', severity: 'error' },
    unknownOwn: { code: 'validation.name.unknownOwn', severity: 'error' },
    unknownSuggest: { code: 'validation.name.unknownSuggest', severity: 'error' },
    ambiguousUnit: { code: 'validation.name.ambiguousUnit', severity: 'error' },
  },
  check: (entries, context, emit) => {
    const fields = { output: ['channel', 'form', 'unit'], standing: ['unit', 'state'], spending: ['fundingSource', 'unit'] } as const;
    // One visitor for every entry, in an indexed loop (a closure written in the loop was one more object per entry: issue 11).
    const visit = <K extends RecordKind>(e: EntryOf<K>, field: FieldOf<K>): void => check(e, field, context, emit);
    for (let i = 0; i < entries.length; i += 1) eachField(entries[i] as Entry, fields, visit);
  },
});
