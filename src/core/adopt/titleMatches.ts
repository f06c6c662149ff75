import { t, type MessageParams } from '../i18n/format';
import type { Language, MessageKey } from '../i18n/messages';
import type { SourceRef } from '../records/types';
import type { FundingRename, TitleMatch, UnreadState, UnusedMeasure } from './types';

/** One line of what adopt says about standing rows matched by title: a message key and its parameters. */
export interface TitleMatchLine {
  readonly key: MessageKey;
  readonly params: MessageParams;
}

const KEYS: Record<TitleMatch['how'], MessageKey> = { exact: 'adopt.byTitle.exact', near: 'adopt.byTitle.near', map: 'adopt.byTitle.map' };

/**
 * Which standing rows were matched by their title, not by a code, said the same way by the CLI's
 * adopt summary and the pane's adopt result (issue 13, closing note 5): a heading with the row count,
 * then one line per title ("«Cập nhật bảng tin…» → 2.b (10 dòng)"); a near or mapped title also names
 * the plan's wording, so the officer sees what it was taken as. Empty when every row gave a code.
 */
export function titleMatchLines(matches: readonly TitleMatch[]): TitleMatchLine[] {
  if (matches.length === 0) return [];
  const rows = matches.reduce((sum, m) => sum + m.rows, 0);
  return [
    { key: 'adopt.byTitle.heading', params: { rows } },
    ...matches.map((m) => ({ key: KEYS[m.how], params: { title: m.title, code: m.item, itemTitle: m.itemTitle, rows: m.rows } })),
  ];
}

/**
 * What adopt took but the officer must still fix, said the same way by the CLI and the pane (issue 13,
 * ninth tester, D3, D4): state words kept as typed (one line listing each word, its first cell and how
 * many rows carry it) and spending rows taken without a content ("Nội dung chi"). Empty when neither.
 */
export function keptAsTypedLines(unreadStates: readonly UnreadState[], blankContent: readonly SourceRef[], language: Language): TitleMatchLine[] {
  const lines: TitleMatchLine[] = [];
  if (unreadStates.length > 0) {
    const states = unreadStates
      .map((s) => t('adopt.unreadState', { value: s.value, cell: `${s.first.sheet}!${s.first.row}`, rows: s.rows }, language))
      .join('; ');
    lines.push({ key: 'adopt.unreadStates', params: { states } });
  }
  if (blankContent.length > 0) lines.push({ key: 'adopt.blankContent', params: { cells: blankContent.map((s) => `${s.sheet}!${s.row}`).join(', ') } });
  return lines;
}

/**
 * The funding sources adopt wrote as the plan names them rather than as typed (try13j defect 3:
 * "Ngân sách phường" for the plan's "Ngân sách phường chi CCHC"), one line listing each, said the same
 * way by the CLI and the pane so the officer can check the choice (or change it in the mapping file's
 * "fundingSources"); those the mapping file named are said apart, as the file's choice ("theo tệp ghép",
 * try13l defect 8). Empty when every source was typed as the plan names it.
 */
export function fundingRenameLines(renamed: readonly FundingRename[], language: Language): TitleMatchLine[] {
  const line = (how: FundingRename['how'], key: 'adopt.fundingRenamed' | 'adopt.fundingRenamed.map'): TitleMatchLine[] => {
    const these = renamed.filter((r) => r.how === how);
    if (these.length === 0) return [];
    const sources = these.map((r) => t('adopt.fundingRename', { typed: r.typed, name: r.name, rows: r.rows }, language)).join('; ');
    return [{ key, params: { sources } }];
  };
  return [...line('near', 'adopt.fundingRenamed'), ...line('map', 'adopt.fundingRenamed.map')];
}

/**
 * One line per number column adopt left out while the plan measures a target in minutes or đồng
 * (try13j defect 2), said the same way by the CLI and the pane: the column, its header, the targets,
 * and the field to choose for it.
 */
export function unusedMeasureLines(unused: readonly UnusedMeasure[]): TitleMatchLine[] {
  return unused.map((u) => ({
    key: u.measure === 'minutes' ? 'adopt.unusedMeasure.minutes' : 'adopt.unusedMeasure.amount',
    params: { sheet: u.sheet, column: u.column, header: u.header, targets: u.targets },
  }));
}
