import type { OutputRecord } from '../records/types';

/**
 * The identity of an output across files: same channel, same date, same title once case, spacing
 * and Unicode form are normalised. Diacritics are kept: "Tin" and "Tín" are different words.
 */
export function outputKey(record: OutputRecord): string | null {
  if (record.channel === null || record.date === null) return null;
  const title = record.title.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
  if (title === '') return null;
  return `${record.channel}\u0000${record.date}\u0000${title}`;
}
