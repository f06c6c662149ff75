import { columnLetters } from '../layout/a1';
import type { Plan } from '../plan/types';
import type { RawSheet } from '../ports/workbookPort';
import { readBook } from '../reader/readBook';
import type { ReadingChoices } from '../reader/types';
import type { IsoDate } from '../plan/types';
import { foldForMatch } from '../text/fold';
import { fileName } from './mergeDecisions';
import type { Decision } from './types';

/**
 * What the reader could not settle in one unit's file, as decisions to confirm or correct (the
 * pane's "Xem lại", `cchc consolidate --write-map`): each weak or untaken column of each table (by
 * "Sheet!headerRow!C", for this file), each channel label and each unit-column text that names
 * nothing in the plan (by text, for every file: "Đài GD" means the same wherever it is typed). A
 * file the reader settles alone gives none. Meanings are the reader's guesses, null where it has none.
 *
 * @param choices the decisions already taken for this file (what they settle is not asked again)
 * @param reference how the decisions name the file (fileReference: its name, or its path when another file shares the name)
 */
export function proposeDecisions(
  plan: Plan,
  file: string,
  sheets: readonly RawSheet[],
  choices: ReadingChoices,
  decidedOn: IsoDate,
  reference: string = fileName(file),
): Decision[] {
  const reading = readBook(plan, sheets, { file, choices });
  if (reading.stamp !== null) return [];
  const name = reference;
  const proposed: Decision[] = [];
  for (const block of reading.blocks) {
    for (const column of block.columns) {
      const key = `${block.sheet}!${block.headerTop}!${columnLetters(column.column)}`;
      if (column.evidence === 'officer' || choices.columnRoles?.has(key)) continue;
      if (column.weak || (column.role === null && column.header !== ''))
        proposed.push({ kind: 'column', seen: key, meaning: column.role, file: name, decidedOn });
    }
  }
  // A sheet with rows but no table the reader could find: its header row is asked for, never passed over in silence.
  for (const sheet of reading.sheetsWithoutTable)
    if (!choices.headerRows?.has(sheet)) proposed.push({ kind: 'headerRow', seen: sheet, meaning: null, file: name, decidedOn });
  const seen = new Set<string>();
  const ask = (kind: 'channel' | 'unitLabel', label: string): void => {
    const key = `${kind}:${foldForMatch(label)}`;
    if (label === '' || seen.has(key)) return;
    seen.add(key);
    proposed.push({ kind, seen: label, meaning: null, file: null, decidedOn });
  };
  for (const entry of reading.outputs) {
    if (entry.record.channel === null && !choices.channels?.has(foldForMatch(entry.channelLabel))) ask('channel', entry.channelLabel);
    if (entry.unknownUnit !== undefined && !choices.units?.has(foldForMatch(entry.unknownUnit))) ask('unitLabel', entry.unknownUnit);
  }
  return proposed;
}
