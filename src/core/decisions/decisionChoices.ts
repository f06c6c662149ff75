import type { ColumnRole, ReadingChoices } from '../reader/types';
import { foldForMatch } from '../text/fold';
import { namesFile } from './mergeDecisions';
import type { Decision } from './types';

/**
 * The decisions as the one reader's choices for one file: the decisions about every file, then
 * those about this file (which win where both speak). Labels and headers are folded the way the
 * reader folds them, so "Đài TT H." typed in the sheet matches "ĐÀI TT H" in a tracker.
 */

export interface FileDecisions {
  readonly choices: ReadingChoices;
  /** The plan unit code the officer said sent the file, or null. */
  readonly unit: string | null;
}

/** Does the decision apply to the file (given as a path or a name)? */
export function appliesTo(decision: Decision, file: string): boolean {
  return decision.file === null || namesFile(decision.file, file);
}

/**
 * @param decisions as read from the sheet or a mapping file (order: later rows win)
 * @param file the file's path or name
 */
export function choicesForFile(decisions: readonly Decision[], file: string): FileDecisions {
  const own = decisions.filter((d) => appliesTo(d, file));
  // Decisions about every file first, so this file's own decisions are set last and win.
  const ordered = [...own.filter((d) => d.file === null), ...own.filter((d) => d.file !== null)];
  const headerRoles = new Map<string, ColumnRole | null>();
  const columnRoles = new Map<string, ColumnRole | null>();
  const headerRows = new Map<string, number>();
  const channels = new Map<string, string | null>();
  const forms = new Map<string, string | null>();
  const units = new Map<string, string | null>();
  let includeHidden: boolean | undefined;
  let usDates: 'swap' | 'keep' | undefined;
  let defaultForm: string | null | undefined;
  let unit: string | null = null;
  for (const d of ordered) {
    switch (d.kind) {
      case 'header':
        headerRoles.set(foldForMatch(d.seen), d.meaning as ColumnRole | null);
        break;
      case 'column':
        columnRoles.set(
          d.seen.replace(/![a-z]{1,3}$/, (letters) => letters.toUpperCase()),
          d.meaning as ColumnRole | null,
        );
        break;
      case 'headerRow':
        if (d.meaning !== null) headerRows.set(d.seen, Number(d.meaning));
        break;
      case 'channel':
        channels.set(foldForMatch(d.seen), d.meaning);
        break;
      case 'form':
        forms.set(foldForMatch(d.seen), d.meaning);
        break;
      case 'unitLabel':
        units.set(foldForMatch(d.seen), d.meaning);
        break;
      case 'fileUnit':
        if (namesFile(d.seen, file)) unit = d.meaning;
        break;
      case 'hiddenRows':
        includeHidden = d.meaning === 'yes';
        break;
      case 'usDates':
        usDates = d.meaning === 'keep' ? 'keep' : 'swap';
        break;
      case 'defaultForm':
        defaultForm = d.meaning;
        break;
    }
  }
  const choices: ReadingChoices = {
    ...(headerRoles.size > 0 ? { headerRoles } : {}),
    ...(columnRoles.size > 0 ? { columnRoles } : {}),
    ...(headerRows.size > 0 ? { headerRows } : {}),
    ...(channels.size > 0 ? { channels } : {}),
    ...(forms.size > 0 ? { forms } : {}),
    ...(units.size > 0 ? { units } : {}),
    ...(includeHidden === undefined ? {} : { includeHidden }),
    ...(usDates === undefined ? {} : { usDates }),
    ...(defaultForm === undefined ? {} : { defaultForm }),
  };
  return { choices, unit };
}

/**
 * What a consolidation takes from the decisions: each file's reading choices and the units the
 * officer named, keyed by the file as given.
 */
export function consolidationChoices(
  decisions: readonly Decision[],
  files: readonly string[],
): { choicesOfFile: Map<string, ReadingChoices>; unitOfFile: Map<string, string> } {
  const choicesOfFile = new Map<string, ReadingChoices>();
  const unitOfFile = new Map<string, string>();
  for (const file of files) {
    const { choices, unit } = choicesForFile(decisions, file);
    if (Object.keys(choices).length > 0) choicesOfFile.set(file, choices);
    if (unit !== null) unitOfFile.set(file, unit);
  }
  return { choicesOfFile, unitOfFile };
}
