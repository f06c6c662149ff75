import { parseDate } from '../dates/parseDate';
import { columnNumber } from '../layout/a1';
import { date, empty, text } from '../layout/cells';
import type { CellValue } from '../layout/types';
import { createPlanLookup } from '../plan/planLookup';
import type { Plan, Unit } from '../plan/types';
import type { RawSheet } from '../ports/workbookPort';
import { matchHeaderRow, type HeaderMatch } from '../records/findHeader';
import { readRecords, type SkippedRow } from '../records/readRecords';
import { inferForm } from '../records/inferForm';
import { OUTPUT_SHEET } from '../records/recordSheets';
import type { OutputField } from '../records/types';
import { cellText } from '../text/cellText';
import { decoderFor } from '../text/legacyText';
import { foldForMatch } from '../text/fold';
import type { AdoptionMapping, AdoptionResult, QuarantinedRow } from './types';

/**
 * Brings a tracker's rows into the template's outputs table as the officer confirmed them. Every
 * row below a header ends up taken, quarantined with its reason, or counted as blank/title/total.
 * Each taken row notes where it came from ("Tháng 3!12"), so the original can always be found.
 */

export function originNote(sheet: string, row: number): string {
  return `Từ ${sheet}!${row}`;
}

function headerFor(sheet: RawSheet, proposal: AdoptionMapping['sheets'][number]): HeaderMatch<'output'> {
  const found = matchHeaderRow(sheet, OUTPUT_SHEET, proposal.headerRow);
  const columns = new Map<OutputField, number>();
  for (const column of proposal.columns) if (column.field && !columns.has(column.field)) columns.set(column.field, columnNumber(column.column));
  return { ...found, columns };
}

export function applyAdoption(plan: Plan, sheets: readonly RawSheet[], mapping: AdoptionMapping, unit: Unit): AdoptionResult {
  const rows: CellValue[][] = [];
  const quarantined: QuarantinedRow[] = [];
  const skipped: SkippedRow[] = [];
  let rowsRead = 0;
  const channelName = new Map(plan.channels.map((c) => [c.code, c.name]));
  const formName = new Map(plan.forms.map((f) => [f.code, f.name]));
  const unitName = new Map(plan.units.map((u) => [u.code, u.name]));
  const lookup = createPlanLookup(plan);
  for (const proposal of mapping.sheets) {
    const sheet = sheets.find((s) => s.name === proposal.sheet);
    if (!sheet) continue;
    const read = readRecords(sheet, OUTPUT_SHEET, headerFor(sheet, proposal));
    const toUnicode = decoderFor(sheet.values);
    rowsRead += read.rowsRead;
    skipped.push(...read.skipped);
    for (const record of read.records) {
      const c = record.cells;
      const dateText = cellText(c.date ?? null);
      const iso = parseDate(c.date ?? null);
      const channelText = toUnicode(cellText(c.channel ?? null));
      const channel = mapping.channels.get(foldForMatch(channelText)) ?? null;
      const title = toUnicode(cellText(c.title ?? null));
      const reject = (reason: QuarantinedRow['reason'], value: string): void => {
        quarantined.push({ source: record.source, reason, value });
      };
      if (dateText === '') reject('noDate', '');
      else if (!iso) reject('badDate', dateText);
      else if (channelText === '') reject('noChannel', '');
      else if (!channel) reject('unknownChannel', channelText);
      else if (title === '') reject('noTitle', '');
      else {
        const formText = toUnicode(cellText(c.form ?? null));
        const unitText = toUnicode(cellText(c.unit ?? null));
        const form = formText === '' ? inferForm(plan, channel, title, mapping.defaultForm) : (mapping.forms.get(foldForMatch(formText)) ?? null);
        const note = [toUnicode(cellText(c.note ?? null)), originNote(record.source.sheet, record.source.row)].filter((n) => n !== '').join(' – ');
        rows.push([
          date(iso),
          text(channelName.get(channel) ?? channelText),
          // An unmapped form keeps its text: the row is taken and validation shows the form to fix.
          text(form ? (formName.get(form) ?? formText) : formText),
          text(title),
          text(cellText(c.link ?? null)),
          // A tracker kept for several units names each row's unit; otherwise the row is the adopting unit's.
          text(unitText === '' ? unit.name : (unitName.get(lookup.unit.find(unitText) ?? '') ?? unitText)),
          note === '' ? empty : text(note),
        ]);
      }
    }
  }
  return { rows, quarantined, skipped, rowsRead };
}
