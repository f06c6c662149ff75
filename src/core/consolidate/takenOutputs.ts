import type { OutputRecord } from '../records/types';
import { outputKey } from './outputKey';

/** The outputs a merge has taken, looked up by their key's hash (outputKeyHash) and confirmed by the key itself. */
export interface TakenOutputs {
  /** The output taken earlier whose key (outputKey) is `record`'s, given `hash`, the hash of that key; undefined when none is. */
  first(hash: number, record: OutputRecord): OutputRecord | undefined;
  /** `record`, whose key hashes to `hash`, taken. */
  add(hash: number, record: OutputRecord): void;
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
  return {
    first(hash, record) {
      const found = byHash.get(hash);
      if (found === undefined) return undefined;
      const key = keyOf(record);
      if (key === null) return undefined;
      return Array.isArray(found) ? found.find((r) => keyOf(r) === key) : keyOf(found) === key ? found : undefined;
    },
    add(hash, record) {
      const found = byHash.get(hash);
      if (found === undefined) byHash.set(hash, record);
      else if (Array.isArray(found)) found.push(record);
      else byHash.set(hash, [found, record]);
    },
  };
}
