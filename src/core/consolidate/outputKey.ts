import { outputIdentity } from '../records/outputKey';
import type { OutputRecord } from '../records/types';

/** A resolved output's identity across files, or null when it has no channel, date or title to compare. */
export function outputKey(record: OutputRecord): string | null {
  if (record.channel === null || record.date === null || record.title.trim() === '') return null;
  return outputIdentity(record.channel, record.date, record.title);
}
