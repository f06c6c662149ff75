/**
 * The identity of an output: same channel, same date, same title once case, spacing and Unicode
 * form are set aside. Diacritics are kept: "Tin" and "Tín" are different words. Validation uses it
 * within a workbook, consolidation across units' workbooks, so both call the same thing a duplicate.
 */
export function outputIdentity(channel: string, date: string, title: string): string {
  const normalTitle = title.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
  return `${channel}\u0000${date}\u0000${normalTitle}`;
}
