import type { Plan } from '../plan/types';
import { exactKey } from '../text/exactKey';
import { foldForMatch } from '../text/fold';
import type { FieldOf, RecordKind } from '../records/types';
import { at, headerOf } from './rule';
import type { Entry, EntryOf } from './types';

/**
 * A list cell the reader resolved by folding although its text is none of the entry's names: the
 * same letters with other tone marks ("Khu phố Hiếp Hòa" for "Khu phố Hiệp Hòa", "Bao Tay Ninh"),
 * what planLookup's folded match accepts and "Chuẩn hóa" rewrites as an alias. A name and its old
 * tone placement ("Hoà"/"Hòa"), case, spacing and Unicode form are the same name (text/exactKey).
 * Names found inside longer text or with place words dropped are not twins: they are other wordings.
 */

/** A list field whose value resolves to a plan entry by name. */
export type NamedField = 'channel' | 'form' | 'unit' | 'fundingSource';

export interface SpellingTwin {
  readonly field: NamedField;
  /** The text as typed (tidy). */
  readonly typed: string;
  /** The list's name of the entry the row is counted for. */
  readonly listName: string;
  readonly where: { readonly sheet: string; readonly cell: string | undefined };
  /** The column's header as the workbook writes it. */
  readonly header: string;
}

function namesOf(plan: Plan, field: NamedField, code: string): { readonly listName: string; readonly names: readonly string[] } | null {
  switch (field) {
    case 'channel': {
      const c = plan.channels.find((e) => e.code === code);
      return c === undefined ? null : { listName: c.name, names: [c.code, c.name, c.shortName, ...c.aliases] };
    }
    case 'form': {
      const f = plan.forms.find((e) => e.code === code);
      return f === undefined ? null : { listName: f.name, names: [f.code, f.name, ...f.aliases] };
    }
    case 'unit': {
      const u = plan.units.find((e) => e.code === code);
      return u === undefined ? null : { listName: u.name, names: [u.code, u.name, ...u.aliases] };
    }
    case 'fundingSource': {
      const s = plan.fundingSources.find((e) => e.code === code);
      return s === undefined ? null : { listName: s.name, names: [s.code, s.name] };
    }
  }
}

/** The list name when `typed`, resolved to `code`, is a tone-mark twin of one of its names; else null. */
export function twinName(plan: Plan, field: NamedField, code: string | null, typed: string): string | null {
  if (code === null || typed === '') return null;
  const entry = namesOf(plan, field, code);
  if (entry === null) return null;
  // One of its names (exactKey), or one punctuated otherwise ("Đài PT&TH Tây Ninh" for "Đài PT-TH Tây
  // Ninh"): no tone-mark twin, "khác dấu" told of the latter was wrong (issue 11, a helper's trial). Folding
  // matches it all the same, and on a template the live sheet's rule still tells a name it does not count.
  const marked = withoutPunctuation(exactKey(typed));
  if (entry.names.some((n) => withoutPunctuation(exactKey(n)) === marked)) return null;
  const folded = foldForMatch(typed);
  return entry.names.some((n) => foldForMatch(n) === folded) ? entry.listName : null;
}

const PUNCTUATION_RUNS = /[^\p{L}\p{M}\p{N}]+/gu;

/** An exactKey with everything but letters, marks and digits made one space: tone marks kept, punctuation set aside. */
function withoutPunctuation(key: string): string {
  return key.replace(PUNCTUATION_RUNS, ' ').trim();
}

/** twinName of one plan: the list name when `typed`, resolved to `code`, is a tone-mark twin of one of its names; else null. */
export type TwinNames = (field: NamedField, code: string | null, typed: string) => string | null;

/**
 * twinName over one plan, answering each field, code and text once: a workbook's list cells repeat a
 * few names over thousands of rows (issue 11: each row asked again for every name's folded and exact
 * forms). Kept by a rule for one workbook's check, then dropped: the same answers as twinName.
 */
export function twinNames(plan: Plan): TwinNames {
  const known = new Map<NamedField, Map<string, Map<string, string | null>>>();
  return (field, code, typed) => {
    if (code === null || typed === '') return null;
    let ofField = known.get(field);
    if (ofField === undefined) {
      ofField = new Map<string, Map<string, string | null>>();
      known.set(field, ofField);
    }
    let ofCode = ofField.get(code);
    if (ofCode === undefined) {
      ofCode = new Map<string, string | null>();
      ofField.set(code, ofCode);
    }
    let name = ofCode.get(typed);
    if (name === undefined) {
      name = twinName(plan, field, code, typed);
      ofCode.set(typed, name);
    }
    return name;
  };
}

/**
 * The twins among an entry's list cells, in the order of its fields, with where each cell is and its
 * header. `names` answers twinName; a rule over many rows passes one twinNames(plan) for them all.
 */
export function spellingTwins(plan: Plan, entry: Entry, names: TwinNames = (field, code, typed) => twinName(plan, field, code, typed)): SpellingTwin[] {
  const found: SpellingTwin[] = [];
  const check = <K extends RecordKind>(e: EntryOf<K>, field: NamedField & FieldOf<K>, code: string | null): void => {
    const typed = e.text[field] ?? '';
    const listName = names(field, code, typed);
    if (listName !== null) found.push({ field, typed, listName, where: at(e, field), header: headerOf(e, field) });
  };
  switch (entry.kind) {
    case 'output':
      check(entry, 'channel', entry.record.channel);
      check(entry, 'form', entry.record.form);
      check(entry, 'unit', entry.record.unit);
      break;
    case 'standing':
      check(entry, 'unit', entry.record.unit);
      break;
    case 'spending':
      check(entry, 'fundingSource', entry.record.fundingSource);
      check(entry, 'unit', entry.record.unit);
      break;
  }
  return found;
}
