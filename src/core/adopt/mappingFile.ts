import { columnLetters, columnNumber } from '../layout/a1';
import { issue, type Issue } from '../issues';
import { createPlanLookup } from '../plan/planLookup';
import type { Plan } from '../plan/types';
import { OUTPUT_SHEET } from '../records/recordSheets';
import type { ColumnRole } from '../reader/types';
import { foldForMatch } from '../text/fold';
import { acceptProposal } from './proposeAdoption';
import type { AdoptionMapping, AdoptionProposal, ColumnProposal } from './types';

/**
 * The command line's way to confirm or change a proposal: a JSON file the officer can write by
 * hand or start from `cchc adopt --write-map`. Every key is optional; what it does not say, the
 * proposal decides.
 *
 *   {
 *     "columns":  { "Nơi đăng": "channel", "STT": null },          header text or column letter → field
 *     "sheets":   { "Tháng 3": { "headerRow": 4, "columns": { "D": "channel" } } },
 *     "channels": { "Facebook xã": "TTT-H", "Loa": null },           label → plan channel code or name
 *     "forms":    { "Tin ảnh": "TIN" },
 *     "defaultForm": "TIN"
 *   }
 */

export interface MappingFile {
  readonly columns?: Record<string, string | null>;
  readonly sheets?: Record<string, { readonly headerRow?: number; readonly columns?: Record<string, string | null> }>;
  readonly channels?: Record<string, string | null>;
  readonly forms?: Record<string, string | null>;
  readonly defaultForm?: string | null;
}

const FIELDS = new Set<string>([...OUTPUT_SHEET.columns.map((c) => c.field), 'count', 'seq']);
const WHERE = { sheet: 'mapping.json' };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function applyMappingFile(plan: Plan, proposal: AdoptionProposal, json: unknown): { mapping: AdoptionMapping; issues: Issue[] } {
  const issues: Issue[] = [];
  const base = acceptProposal(proposal);
  if (!isRecord(json)) return { mapping: base, issues: [issue('adopt.map.notObject', 'error', WHERE)] };
  const lookup = createPlanLookup(plan);
  const allowed = [...FIELDS].join(', ');

  /** Keeps the key → field pairs whose field exists, reporting the others once. */
  const fieldsOf = (overrides: unknown): [string, ColumnRole | null][] =>
    isRecord(overrides)
      ? Object.entries(overrides).flatMap(([key, value]): [string, ColumnRole | null][] => {
          if (value === null) return [[key, null]];
          if (typeof value === 'string' && FIELDS.has(value)) return [[key, value as ColumnRole]];
          issues.push(
            issue('adopt.map.unknownField', 'error', WHERE, { value: typeof value === 'string' ? value : (JSON.stringify(value) ?? 'undefined'), allowed }),
          );
          return [];
        })
      : [];

  /**
   * Applies header-or-letter → field overrides to one sheet's columns. A field given to a column is
   * taken from any other column, so each field has one column. `strict`: a key that names no
   * column is an error (sheet-specific overrides); general overrides may name headers other
   * sheets have.
   */
  const override = (columns: readonly ColumnProposal[], overrides: readonly [string, ColumnRole | null][], strict: boolean): ColumnProposal[] => {
    let result = [...columns];
    for (const [key, field] of overrides) {
      let index = result.findIndex((c) => foldForMatch(c.header) === foldForMatch(key));
      if (index < 0 && /^[A-Za-z]{1,3}$/.test(key)) {
        const column = columnLetters(columnNumber(key));
        index = result.findIndex((c) => c.column === column);
        if (index < 0) {
          result.push({ column, header: column, field: null });
          index = result.length - 1;
        }
      }
      if (index < 0) {
        if (strict) issues.push(issue('adopt.map.badColumn', 'error', WHERE, { value: key }));
        continue;
      }
      result = result.map((c, i) => (i === index ? { ...c, field } : field !== null && c.field === field ? { ...c, field: null } : c));
    }
    return result;
  };

  const sheetOverrides = isRecord(json.sheets) ? json.sheets : {};
  for (const name of Object.keys(sheetOverrides)) {
    if (!proposal.sheets.some((s) => s.sheet === name)) issues.push(issue('adopt.map.unknownSheet', 'error', WHERE, { value: name }));
  }
  const general = fieldsOf(json.columns);
  const sheets = base.sheets.map((sheet) => {
    const own = sheetOverrides[sheet.sheet];
    const headerRow =
      isRecord(own) && typeof own.headerRow === 'number' && Number.isInteger(own.headerRow) && own.headerRow > 0 ? own.headerRow : sheet.headerRow;
    const columns = override(override(sheet.columns, general, false), fieldsOf(isRecord(own) ? own.columns : undefined), true);
    return { ...sheet, headerRow, columns };
  });

  const labels = (
    current: ReadonlyMap<string, string | null>,
    overrides: unknown,
    find: (text: string) => string | null,
    code: 'adopt.map.unknownChannel' | 'adopt.map.unknownForm',
  ): Map<string, string | null> => {
    const result = new Map(current);
    if (!isRecord(overrides)) return result;
    for (const [label, target] of Object.entries(overrides)) {
      if (target === null) {
        result.set(foldForMatch(label), null);
        continue;
      }
      const resolved = typeof target === 'string' ? find(target) : null;
      if (!resolved) issues.push(issue(code, 'error', WHERE, { value: typeof target === 'string' ? target : (JSON.stringify(target) ?? '') }));
      else result.set(foldForMatch(label), resolved);
    }
    return result;
  };

  let defaultForm = base.defaultForm;
  if (json.defaultForm === null) defaultForm = null;
  else if (typeof json.defaultForm === 'string') {
    const found = lookup.form.find(json.defaultForm);
    if (found) defaultForm = found;
    else issues.push(issue('adopt.map.unknownForm', 'error', WHERE, { value: json.defaultForm }));
  }

  return {
    mapping: {
      sheets,
      channels: labels(base.channels, json.channels, (t) => lookup.channel.find(t), 'adopt.map.unknownChannel'),
      forms: labels(base.forms, json.forms, (t) => lookup.form.find(t), 'adopt.map.unknownForm'),
      defaultForm,
    },
    issues,
  };
}

/** The proposal as a mapping file the officer can edit and pass back with --map. */
export function proposalToMappingFile(proposal: AdoptionProposal): MappingFile {
  return {
    sheets: Object.fromEntries(
      proposal.sheets.map((s) => [s.sheet, { headerRow: s.headerRow, columns: Object.fromEntries(s.columns.map((c) => [c.column, c.field])) }]),
    ),
    channels: Object.fromEntries(proposal.channels.map((c) => [c.label, c.code])),
    forms: Object.fromEntries(proposal.forms.map((f) => [f.label, f.code])),
    defaultForm: proposal.defaultForm,
  };
}
