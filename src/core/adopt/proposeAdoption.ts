import { columnLetters } from '../layout/a1';
import type { Plan } from '../plan/types';
import { createPlanLookup } from '../plan/planLookup';
import type { RawSheet } from '../ports/workbookPort';
import { findHeader } from '../records/findHeader';
import { readRecords } from '../records/readRecords';
import { OUTPUT_SHEET } from '../records/recordSheets';
import { cellText } from '../text/cellText';
import { decoderFor } from '../text/legacyText';
import { foldForMatch } from '../text/fold';
import type { AdoptionMapping, AdoptionProposal, LabelProposal, SheetProposal } from './types';

/**
 * Looks at every sheet of an office's tracker (often one per month), finds its header row, and
 * proposes which column fills which field and which plan channel each channel label means.
 * Sheets the add-in writes itself are passed over: adopting never reads its own output as input.
 */

export function proposeAdoption(plan: Plan, sheets: readonly RawSheet[], ownSheetNames: readonly string[] = []): AdoptionProposal {
  const own = new Set(ownSheetNames);
  const lookup = createPlanLookup(plan);
  const proposals: SheetProposal[] = [];
  const sheetsWithoutHeader: string[] = [];
  const channelLabels = new Map<string, { label: string; rows: number }>();
  const formLabels = new Map<string, { label: string; rows: number }>();
  const count = (labels: Map<string, { label: string; rows: number }>, text: string): void => {
    const key = foldForMatch(text);
    if (key === '') return;
    const entry = labels.get(key);
    if (entry) entry.rows += 1;
    else labels.set(key, { label: text, rows: 1 });
  };
  for (const sheet of sheets) {
    if (own.has(sheet.name) || sheet.name.startsWith('_')) continue;
    const header = findHeader(sheet, OUTPUT_SHEET);
    if (!header) {
      if (sheet.values.some((row) => row.some((cell) => cellText(cell) !== ''))) sheetsWithoutHeader.push(sheet.name);
      continue;
    }
    const fieldByColumn = new Map([...header.columns].map(([field, column]) => [column, field] as const));
    proposals.push({
      sheet: sheet.name,
      headerRow: header.row,
      columns: [...header.headers].map(([column, text]) => ({ column: columnLetters(column), header: text, field: fieldByColumn.get(column) ?? null })),
    });
    const toUnicode = decoderFor(sheet.values);
    for (const record of readRecords(sheet, OUTPUT_SHEET, header).records) {
      count(channelLabels, toUnicode(cellText(record.cells.channel ?? null)));
      count(formLabels, toUnicode(cellText(record.cells.form ?? null)));
    }
  }
  const labels = (map: Map<string, { label: string; rows: number }>, find: (text: string) => string | null): LabelProposal[] =>
    [...map.values()].sort((a, b) => b.rows - a.rows || a.label.localeCompare(b.label, 'vi')).map(({ label, rows }) => ({ label, rows, code: find(label) }));
  return {
    sheets: proposals,
    sheetsWithoutHeader,
    channels: labels(channelLabels, (t) => lookup.channel.find(t)),
    forms: labels(formLabels, (t) => lookup.form.find(t)),
    defaultForm: plan.forms[0]?.code ?? null,
  };
}

/** The proposal taken as it is, as a mapping. */
export function acceptProposal(proposal: AdoptionProposal): AdoptionMapping {
  const toMap = (labels: readonly LabelProposal[]): Map<string, string | null> => new Map(labels.map((l) => [foldForMatch(l.label), l.code]));
  return { sheets: proposal.sheets, channels: toMap(proposal.channels), forms: toMap(proposal.forms), defaultForm: proposal.defaultForm };
}
