import { openDoubts } from '../../core/adopt/openDoubts';
import { fundingRenameLines, keptAsTypedLines, titleMatchLines, unusedMeasureLines } from '../../core/adopt/titleMatches';
import type { AdoptionMapping, AdoptionProposal, AdoptionResult, QuarantinedRow } from '../../core/adopt/types';
import { t, type MessageParams } from '../../core/i18n/format';
import type { Language, MessageKey } from '../../core/i18n/messages';
import type { Plan } from '../../core/plan/types';
import type { ColumnRole } from '../../core/reader/types';
import { foldForMatch } from '../../core/text/fold';
import { textTable } from '../textTable';

/**
 * What `cchc adopt` tells the officer: which column became which field on every sheet, which plan
 * channel each label became, every row it could not take (sheet!row, why, what was typed), and the
 * conservation line that proves no row went missing.
 */

const FIELD_KEYS: Record<ColumnRole, MessageKey> = {
  date: 'cli.outputField.date',
  channel: 'cli.outputField.channel',
  form: 'cli.outputField.form',
  title: 'cli.outputField.title',
  link: 'cli.outputField.link',
  unit: 'cli.outputField.unit',
  note: 'cli.outputField.note',
  count: 'cli.outputField.count',
  minutes: 'cli.outputField.minutes',
  amount: 'cli.outputField.amount',
  seq: 'cli.outputField.seq',
  mark: 'cli.outputField.mark',
};

const REASON_KEYS: Record<QuarantinedRow['reason'], MessageKey> = {
  noDate: 'adopt.reason.noDate',
  badDate: 'adopt.reason.badDate',
  noChannel: 'adopt.reason.noChannel',
  unknownChannel: 'adopt.reason.unknownChannel',
  noTitle: 'adopt.reason.noTitle',
  hidden: 'adopt.reason.hidden',
  monthOnly: 'adopt.reason.monthOnly',
  unknownUnit: 'adopt.reason.unknownUnit',
  ambiguousUnit: 'adopt.reason.ambiguousUnit',
  duplicate: 'adopt.reason.duplicate',
  unknownItem: 'adopt.reason.unknownItem',
  noItemForLevel: 'adopt.reason.noItemForLevel',
  noAmount: 'adopt.reason.noAmount',
  noTable: 'adopt.reason.noTable',
};

export function adoptionSummary(plan: Plan, proposal: AdoptionProposal, mapping: AdoptionMapping, result: AdoptionResult, lang: Language): string {
  const tr = (key: MessageKey, params: MessageParams = {}): string => t(key, params, lang);
  const parts: string[] = [];

  // A sheet kept in month blocks repeats one header per block: its columns are printed once, with every
  // block's header row named (try13m D10: the same 4-row table six times).
  const tables = new Map<string, { sheet: string; rows: number[]; table: string }>();
  for (const sheet of mapping.sheets) {
    const table = textTable(
      [tr('cli.column.column'), tr('cli.column.header'), tr('cli.column.field')],
      sheet.columns.map((c) => [c.column, c.header, c.field ? tr(FIELD_KEYS[c.field]) : tr('cli.adopt.notTaken')]),
    );
    const key = `${sheet.sheet}\u0000${table}`;
    const seen = tables.get(key);
    if (seen) seen.rows.push(sheet.headerRow);
    else tables.set(key, { sheet: sheet.sheet, rows: [sheet.headerRow], table });
  }
  for (const { sheet, rows, table } of tables.values()) {
    parts.push(tr('cli.adopt.sheet', { sheet, row: rows.join(', ') }));
    parts.push(table);
  }
  // What the reader doubted (a quantity column read as airtime): said unless the officer's mapping decided that column.
  for (const doubt of openDoubts(proposal.doubts, mapping.sheets))
    parts.push(`${tr('cli.adopt.doubt', { cell: `${doubt.sheet}!${doubt.cell ?? ''}`, text: tr(doubt.code, doubt.params) })}\n`);
  if (proposal.sheetsWithoutHeader.length > 0) parts.push(`${tr('cli.adopt.sheetsWithoutHeader', { sheets: proposal.sheetsWithoutHeader.join(', ') })}\n`);

  const channelName = new Map(plan.channels.map((c) => [c.code, c.name]));
  if (proposal.channels.length > 0) {
    parts.push(tr('cli.adopt.channels'));
    parts.push(
      textTable(
        [tr('cli.column.label'), tr('cli.column.rows'), tr('cli.column.planChannel')],
        proposal.channels.map((label) => {
          const code = mapping.channels.get(foldForMatch(label.label)) ?? null;
          return [label.label, String(label.rows), code ? `${code} – ${channelName.get(code) ?? code}` : tr('cli.adopt.unmapped')];
        }),
      ),
    );
  }

  if (result.quarantined.length > 0) {
    parts.push(tr('cli.adopt.quarantined', { count: result.quarantined.length }));
    parts.push(
      textTable(
        [tr('cli.column.where'), tr('cli.column.reason'), tr('cli.column.value')],
        result.quarantined.map((q) => [`${q.source.sheet}!${q.source.row}`, tr(REASON_KEYS[q.reason], { value: q.value, names: q.names ?? '' }), q.value]),
      ),
    );
  }

  const blank = result.skipped.filter((s) => s.reason === 'blank').length;
  const titles = result.skipped.filter((s) => s.reason === 'title').length;
  const totals = result.skipped.filter((s) => s.reason === 'total').length;
  parts.push(
    `${tr('cli.adopt.conservation', {
      read: result.rowsRead,
      taken: result.taken,
      quarantined: result.quarantined.length,
      blank,
      titles,
      totals,
    })}\n`,
  );
  // The standing-items and spending rows are counted in the line above; said apart so none can vanish unseen (issue 13, D2).
  if (result.takenStanding + result.takenSpending > 0) {
    const outputs = result.taken - result.takenStanding - result.takenSpending;
    parts.push(`${tr('cli.adopt.takenByKind', { outputs, standing: result.takenStanding, spending: result.takenSpending })}\n`);
  }
  // Which standing rows were matched by their title, not by a code (issue 13): the officer checks the guess.
  const byTitle = titleMatchLines(result.matchedByTitle).map((line) => tr(line.key, line.params));
  if (byTitle.length > 0) parts.push(`${byTitle.join('\n  ')}\n`);
  // Words kept as typed and content left blank are taken, so not in the table of rows not taken: said here (issue 13, ninth tester, D3, D4).
  for (const line of keptAsTypedLines(result.unreadStates, result.blankContent, lang)) parts.push(`${tr(line.key, line.params)}\n`);
  // A funding source written otherwise than typed is said: the officer checks the nearest name taken (try13j defect 3).
  for (const line of fundingRenameLines(result.fundingRenamed, lang)) parts.push(`${tr(line.key, line.params)}\n`);
  // A number column left out while the plan counts minutes or đồng is said: its targets would count nothing from it (try13j defect 2).
  for (const line of unusedMeasureLines(result.unusedMeasures)) parts.push(`${tr(line.key, line.params)}\n`);
  return parts.join('\n');
}
