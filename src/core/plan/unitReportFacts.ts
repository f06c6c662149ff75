import type { MessageKey } from '../i18n/messages';
import { foldForMatch } from '../text/fold';
import type { GridCell } from './planSheetGrid';
import type { Unit, UnitReportFacts } from './types';

/**
 * One unit's own report facts from its row of the plan sheet's units section ("Nơi nhận", "Địa
 * danh", "Chức danh người ký", "Người ký"; planSheetFormat's UNIT_REPORT_COLUMNS), which override
 * its level's in the report's header, place-and-date line, signature and "Nơi nhận" (core/report/
 * issuer.ts). Nghị định 30/2020/NĐ-CP, appendix I, mục II (items 4, 8, 9): place, signer and
 * recipients belong to the body that issues the document, so they may differ from unit to unit.
 */

/** A problem of one of these cells, at that cell; always a warning (the rest of the plan stands). */
export interface UnitReportProblem {
  readonly code: MessageKey;
  readonly at: string;
  readonly params: Readonly<Record<string, string>>;
}

type Column = 'recipients' | 'place' | 'signerTitle' | 'signerName';

const LABELS: Readonly<Record<Column, string>> = { recipients: 'Nơi nhận', place: 'Địa danh', signerTitle: 'Chức danh người ký', signerName: 'Người ký' };

/**
 * The facts a unit's cells give, and what is wrong with them:
 * - `plan.unit.placeholderInOwnCell`: a "{tên}" in a unit's own cell is printed as written (the
 *   placeholders are filled in the CẤP ĐƠN VỊ section only, where one text serves many units);
 * - `plan.unit.sentToItself`: a recipient naming the unit itself (its code, name or an alias).
 * Recipients are split at ";" or a line break (names hold commas: "Lưu: VT, NV"). Blank cells give no field.
 */
export function readUnitReportFacts(
  cells: ReadonlyMap<string, GridCell>,
  unit: Pick<Unit, 'code' | 'name' | 'aliases'>,
): { readonly facts: UnitReportFacts | undefined; readonly problems: readonly UnitReportProblem[] } {
  const problems: UnitReportProblem[] = [];
  const written = (column: Column): GridCell | undefined => {
    const cell = cells.get(column);
    if (cell === undefined || cell.text.trim() === '') return undefined;
    const placeholder = /\{[^{}]*\}/u.exec(cell.text)?.[0];
    if (placeholder !== undefined)
      problems.push({ code: 'plan.unit.placeholderInOwnCell', at: cell.at, params: { name: unit.name, field: LABELS[column], placeholder } });
    return cell;
  };
  const recipientsCell = written('recipients');
  const recipients = (recipientsCell?.text ?? '')
    .split(/[;\n]/u)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const own = new Set([unit.code, unit.name, ...unit.aliases].map(foldForMatch).filter((key) => key !== ''));
  const self = recipients.find((recipient) => own.has(foldForMatch(recipient)));
  if (recipientsCell !== undefined && self !== undefined)
    problems.push({ code: 'plan.unit.sentToItself', at: recipientsCell.at, params: { name: unit.name, value: self } });
  const text = (column: Column): string | undefined => written(column)?.text.trim();
  const facts: { -readonly [K in keyof UnitReportFacts]: UnitReportFacts[K] } = {};
  if (recipients.length > 0) facts.recipients = recipients;
  const place = text('place');
  if (place !== undefined) facts.place = place;
  const signerTitle = text('signerTitle');
  if (signerTitle !== undefined) facts.signerTitle = signerTitle;
  const signerName = text('signerName');
  if (signerName !== undefined) facts.signerName = signerName;
  return { facts: Object.keys(facts).length === 0 ? undefined : facts, problems };
}
