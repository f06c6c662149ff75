import type { OutputRecord } from '../records/types';
import { outputKey } from './outputKey';

/** The outputs a merge has taken, looked up by their key's hash (outputKeyHash) and confirmed by the key itself. */
export interface TakenOutputs {
  /**
   * The output taken earlier whose key (outputKey) is `record`'s, given `hash`, the hash of that key;
   * when none is, `record` is taken and the answer is undefined.
   */
  take(hash: number, record: OutputRecord): OutputRecord | undefined;
}

/**
 * An empty TakenOutputs for outputs keyed by outputKey(record, ownChannels). Lookups go by hash; the
 * keys are built only for the rows whose hash an earlier row shares (a duplicate, or rarely two keys
 * with one hash: both are then kept and told apart by their keys), so a merge of 50,000 rows builds
 * a few keys, not one per row (issue 11: ExaminedReport keeps hashes, not keys).
 */
export function takenOutputs(ownChannels: ReadonlySet<string>): TakenOutputs {
  const byHash = new Map<number, OutputRecord | OutputRecord[]>();
  const keys = new Map<OutputRecord, string | null>();
  const keyOf = (record: OutputRecord): string | null => {
    let key = keys.get(record);
    if (key === undefined) {
      key = outputKey(record, ownChannels);
      keys.set(record, key);
    }
    return key;
  };
  // outputKey is made of these fields alone (the unit on a unit's own channel): rows that share them share the key,
  // and a copy of a row (most duplicates) is told so without building either key.
  const same = (a: OutputRecord, b: OutputRecord): boolean =>
    a.title === b.title &&
    a.date === b.date &&
    a.channel === b.channel &&
    a.channel !== null &&
    a.date !== null &&
    (a.unit === b.unit || !ownChannels.has(a.channel));
  const sameKey = (a: OutputRecord, b: OutputRecord): boolean => same(a, b) || (keyOf(a) !== null && keyOf(a) === keyOf(b));
  return {
    take(hash, record) {
      const found = byHash.get(hash);
      if (found === undefined) {
        byHash.set(hash, record);
        return undefined;
      }
      const first = Array.isArray(found) ? found.find((r) => sameKey(r, record)) : sameKey(found, record) ? found : undefined;
      if (first !== undefined) return first;
      // Another key with the same hash: both are kept, told apart by their keys.
      if (Array.isArray(found)) found.push(record);
      else byHash.set(hash, [found, record]);
      return undefined;
    },
  };
}
