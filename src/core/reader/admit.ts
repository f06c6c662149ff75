import type { MessageKey } from '../i18n/messages';
import type { OutputEntry } from './readBook';

/**
 * Whether an output row read from a workbook can be counted, and if not why: one rule for adopt,
 * consolidation and the reports, so a row is never taken by one and refused by another. The
 * reasons are in the officer's words (reader.reason.*), each with the value typed in the cell.
 */
export type OutputRejection = 'hidden' | 'noDate' | 'badDate' | 'monthOnly' | 'noChannel' | 'unknownChannel' | 'noTitle' | 'unknownUnit' | 'ambiguousUnit';

export const REJECTION_MESSAGE: Readonly<Record<OutputRejection, MessageKey>> = {
  hidden: 'reader.reason.hidden',
  noDate: 'reader.reason.noDate',
  badDate: 'reader.reason.badDate',
  monthOnly: 'reader.reason.monthOnly',
  noChannel: 'reader.reason.noChannel',
  unknownChannel: 'reader.reason.unknownChannel',
  noTitle: 'reader.reason.noTitle',
  unknownUnit: 'reader.reason.unknownUnit',
  ambiguousUnit: 'reader.reason.ambiguousUnit',
};

export interface Rejection {
  readonly reason: OutputRejection;
  /** What was typed in the offending cell ('' when blank). */
  readonly value: string;
  /** The A1 cell to go to, when known. */
  readonly cell?: string;
  /** For 'ambiguousUnit': the units the text could mean, as the message's {names} ("\"Xã Tân Thành\", \"Xã Tân Thạnh\""). */
  readonly names?: string;
}

/**
 * @param includeHidden count rows the officer hid (default: set aside and listed)
 * @returns null when the row counts; its unit may still be unknown when the file names none.
 */
export function admitOutput(entry: OutputEntry, includeHidden = false): Rejection | null {
  const at = (field: 'date' | 'channel' | 'title' | 'unit'): { cell?: string } => {
    const elsewhere = entry.raw.addresses?.[field];
    const letters = entry.raw.columns[field];
    const cell = elsewhere ?? (letters === undefined ? undefined : `${letters}${entry.raw.source.row}`);
    return cell === undefined ? {} : { cell };
  };
  if (entry.hidden && !includeHidden) return { reason: 'hidden', value: entry.record.title, ...at('title') };
  switch (entry.date.kind) {
    case 'blank':
      return { reason: 'noDate', value: '', ...at('date') };
    case 'monthOnly':
      return { reason: 'monthOnly', value: entry.date.typed, ...at('date') };
    case 'bad':
      return { reason: 'badDate', value: entry.date.typed, ...at('date') };
    case 'date':
      break;
  }
  // The channel as the officer means it (TCVN3/VNI decoded), as review and mapping show it: the cell's
  // typed text read "Facebook x·" in the quarantine list of a TCVN3 tracker (issue 11's tester).
  const channelText = entry.channelLabel;
  if (channelText === '') return { reason: 'noChannel', value: '', ...at('channel') };
  if (entry.record.channel === null) return { reason: 'unknownChannel', value: channelText, ...at('channel') };
  if (entry.record.title === '') return { reason: 'noTitle', value: '', ...at('title') };
  if (entry.unknownUnit !== undefined && entry.unitCandidates !== undefined)
    return { reason: 'ambiguousUnit', value: entry.unknownUnit, names: quotedNames(entry.unitCandidates), ...at('unit') };
  if (entry.unknownUnit !== undefined) return { reason: 'unknownUnit', value: entry.unknownUnit, ...at('unit') };
  return null;
}

/** "\"Xã Tân Thành\", \"Xã Tân Thạnh\"": candidate names as the ambiguity messages list them. */
export function quotedNames(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(', ');
}
