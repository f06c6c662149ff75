import type { Decision } from '../decisions/types';
import { columnLetters, columnNumber } from '../layout/a1';
import { issue, type Issue } from '../issues';
import { createPlanLookup } from '../plan/planLookup';
import type { IsoDate, Plan } from '../plan/types';
import { OUTPUT_SHEET, SPENDING_SHEET, STANDING_SHEET } from '../records/recordSheets';
import type { ColumnRole } from '../reader/types';
import { foldForMatch } from '../text/fold';
import { acceptProposal } from './proposeAdoption';
import type { AdoptionMapping, AdoptionProposal, ColumnProposal, OtherTableProposal } from './types';

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
 *     "defaultForm": "TIN",
 *     "standing": { "Cong viec": { "headerRow": 1, "columns": { "A": "title", "B": "period" } } },   a standing-items table's columns
 *     "spending": { "Kinh phi": { "headerRow": 1, "columns": { "D": "fundingSource" } } },          a spending table's
 *     "items":    { "Cập nhật bảng tin tại nhà văn hóa": "2.b", "Quét dọn": null }          standing title → plan item code (null: refuse)
 *     "fundingSources": { "Ngân sách phường": "NS-PHUONG", "Quỹ khác": null }   funding source typed → plan source code or name (null: keep as typed)
 *   }
 *
 * A sheet holding two tables of one kind names the second "Sheet!headerRow". A sheet the proposal
 * read as news (or could not read) is moved to "standing" or "spending" by naming it there, with its
 * header row and columns: it is then read as that table and not as news. The standing, spending,
 * items and fundingSources keys are adopt's only (issue 13, closing note 5: the officer fixes a title's item in the
 * file, as he fixes a channel).
 *
 * `cchc consolidate --map` takes the same keys for every file, plus what only many files have:
 *
 *     "units":         { "xã T.Đức": "XTD" },                        text in a unit column → plan unit
 *     "includeHidden": true,  "usDates": "keep",                      hidden rows and sheets; US-typed dates
 *     "files": { "bao-cao-thang-3.xlsx": { "unit": "Thạnh Đức", "sheets": {...}, "channels": {...} } }
 *
 * where each file (by its name, without folders) takes every key above and "unit", the unit that
 * sent it. Keys at the top apply to every file; a file's own keys win.
 */

export interface MappingFile {
  readonly columns?: Record<string, string | null>;
  /** headerRow null: a sheet whose table the reader could not find, left for the officer to give (read as not given). */
  readonly sheets?: Record<string, { readonly headerRow?: number | null; readonly columns?: Record<string, string | null> }>;
  readonly channels?: Record<string, string | null>;
  readonly forms?: Record<string, string | null>;
  readonly defaultForm?: string | null;
  readonly standing?: Record<string, OtherTableEntry>;
  readonly spending?: Record<string, OtherTableEntry>;
  readonly items?: Record<string, string | null>;
  readonly fundingSources?: Record<string, string | null>;
  readonly units?: Record<string, string | null>;
  readonly includeHidden?: boolean;
  readonly usDates?: 'swap' | 'keep';
  readonly unit?: string | null;
  readonly files?: Record<string, MappingFile>;
}

/** A standing-items or spending table in the mapping file: its header row (which table of the sheet) and column letter → field. */
export interface OtherTableEntry {
  readonly headerRow?: number;
  readonly columns?: Record<string, string | null>;
}

const FIELDS = new Set<string>([...OUTPUT_SHEET.columns.map((c) => c.field), 'count', 'seq']);
const OTHER_FIELDS: Record<OtherTableProposal['kind'], ReadonlySet<string>> = {
  standing: new Set(STANDING_SHEET.columns.map((c) => c.field)),
  spending: new Set(SPENDING_SHEET.columns.map((c) => c.field)),
};

/** The key a table has in the mapping file: its sheet, or "Sheet!headerRow" for a second table of its kind on that sheet. */
function otherTableKeys(tables: readonly OtherTableProposal[]): string[] {
  const used = new Set<string>();
  return tables.map((table) => {
    const key = used.has(`${table.kind}!${table.sheet}`) ? `${table.sheet}!${table.headerRow}` : table.sheet;
    used.add(`${table.kind}!${table.sheet}`);
    return key;
  });
}
const WHERE = { sheet: 'mapping.json' };

/**
 * Keys only `cchc adopt` applies: a consolidation reads the units' standing-items and spending tables
 * by their headers and names items and funding sources as the plan does, and its decisions sheet has
 * no place for these (core/decisions), so `consolidate --map` says it leaves them aside.
 */
const ADOPT_ONLY_KEYS = ['standing', 'spending', 'items', 'fundingSources'] as const;

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
    code: 'adopt.map.unknownChannel' | 'adopt.map.unknownForm' | 'adopt.map.unknownFundingSource',
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
  // The officer's word only where it differs from the proposal's (the file --write-map wrote says the plan's first form).
  const defaultFormChosen = base.defaultFormChosen === true || (defaultForm !== null && defaultForm !== base.defaultForm);

  const otherColumns = new Map<string, Map<string, string | null>>();
  const moved = new Map<string, { kind: OtherTableProposal['kind']; headerRow: number }>();
  const tables = proposal.otherTables ?? [];
  const keys = otherTableKeys(tables);
  for (const kind of ['standing', 'spending'] as const) {
    const given = json[kind];
    if (!isRecord(given)) continue;
    for (const [key, own] of Object.entries(given)) {
      const headerRow = isRecord(own) && typeof own.headerRow === 'number' ? own.headerRow : undefined;
      const index = tables.findIndex(
        (table, i) => table.kind === kind && (keys[i] === key || (table.sheet === key && (headerRow === undefined || headerRow === table.headerRow))),
      );
      // A sheet the reader took for news, moved here by the officer (issue 13, ninth tester, D1: an ấp's own
      // "Việc thường xuyên" sheet): read as this kind from the header row given, or the news table's.
      // A sheet whose header the reader could not place is moved the same way, from the header row the officer gives.
      const givenRow = headerRow !== undefined && Number.isInteger(headerRow) && headerRow > 0 ? headerRow : undefined;
      const fromRow = proposal.sheets.find((s) => s.sheet === key)?.headerRow ?? (proposal.sheetsWithoutHeader.includes(key) ? givenRow : undefined);
      const table = tables[index] ?? (fromRow === undefined || moved.has(key) ? undefined : { kind, sheet: key, headerRow: givenRow ?? fromRow });
      if (table === undefined) {
        issues.push(issue('adopt.map.unknownSheet', 'error', WHERE, { value: key }));
        continue;
      }
      if (tables[index] === undefined) moved.set(table.sheet, { kind, headerRow: table.headerRow });
      const columns = new Map<string, string | null>();
      for (const [letter, field] of Object.entries(isRecord(own) && isRecord(own.columns) ? own.columns : {})) {
        if (!/^[A-Za-z]{1,3}$/.test(letter)) issues.push(issue('adopt.map.badColumn', 'error', WHERE, { value: letter }));
        else if (field === null || (typeof field === 'string' && OTHER_FIELDS[kind].has(field))) columns.set(columnLetters(columnNumber(letter)), field);
        else
          issues.push(
            issue('adopt.map.unknownField', 'error', WHERE, {
              value: typeof field === 'string' ? field : (JSON.stringify(field) ?? 'undefined'),
              allowed: [...OTHER_FIELDS[kind]].join(', '),
            }),
          );
      }
      otherColumns.set(`${kind}!${table.sheet}!${table.headerRow}`, columns);
    }
  }

  // A title's item is the officer's choice only where it differs from what the proposal took it as.
  const proposed = new Map((proposal.items ?? []).map((p) => [foldForMatch(p.title), p.code]));
  const items = new Map<string, string | null>();
  for (const [title, code] of Object.entries(isRecord(json.items) ? json.items : {})) {
    const resolved = typeof code === 'string' ? lookup.standingItem.find(code) : null;
    if (code !== null && resolved === null) {
      issues.push(issue('plan.reference.unknownItem', 'error', WHERE, { value: typeof code === 'string' ? code : (JSON.stringify(code) ?? '') }));
      continue;
    }
    const key = foldForMatch(title);
    if (!proposed.has(key) || proposed.get(key) !== resolved) items.set(key, resolved);
  }

  // The sources the file itself names a plan source for: adopt says those renames are the file's (try13l defect 8).
  const fundingSourcesGiven = new Set(
    Object.entries(isRecord(json.fundingSources) ? json.fundingSources : {})
      .filter(([, code]) => typeof code === 'string' && lookup.fundingSource.find(code) !== null)
      .map(([label]) => foldForMatch(label)),
  );
  return {
    mapping: {
      sheets: moved.size === 0 ? sheets : sheets.filter((s) => !moved.has(s.sheet)),
      channels: labels(base.channels, json.channels, (t) => lookup.channel.find(t), 'adopt.map.unknownChannel'),
      forms: labels(base.forms, json.forms, (t) => lookup.form.find(t), 'adopt.map.unknownForm'),
      defaultForm,
      ...(defaultFormChosen ? { defaultFormChosen } : {}),
      ...(base.fundingSources === undefined && json.fundingSources === undefined
        ? {}
        : {
            fundingSources: labels(
              base.fundingSources ?? new Map(),
              json.fundingSources,
              (t) => lookup.fundingSource.find(t),
              'adopt.map.unknownFundingSource',
            ),
          }),
      ...(fundingSourcesGiven.size === 0 ? {} : { fundingSourcesGiven }),
      ...(otherColumns.size === 0 ? {} : { otherColumns }),
      ...(moved.size === 0 ? {} : { otherSheets: moved }),
      ...(items.size === 0 ? {} : { items }),
    },
    issues,
  };
}

/**
 * The proposal as a mapping file the officer can edit and pass back with --map: the news tables'
 * columns, channels and forms, the standing-items and spending tables' columns, each standing
 * title typed without a code with the plan item it is taken as (null: refused, for the officer to fill in),
 * and each funding source typed with the plan source it is taken as (null: kept as typed).
 */
export function proposalToMappingFile(proposal: AdoptionProposal): MappingFile {
  return {
    sheets: Object.fromEntries(
      proposal.sheets.map((s) => [s.sheet, { headerRow: s.headerRow, columns: Object.fromEntries(s.columns.map((c) => [c.column, c.field])) }]),
    ),
    channels: Object.fromEntries(proposal.channels.map((c) => [c.label, c.code])),
    forms: Object.fromEntries(proposal.forms.map((f) => [f.label, f.code])),
    defaultForm: proposal.defaultForm,
    ...otherTablesOf(proposal.otherTables ?? []),
    ...((proposal.items ?? []).length === 0 ? {} : { items: Object.fromEntries((proposal.items ?? []).map((i) => [i.title, i.code])) }),
    ...((proposal.fundingSources ?? []).length === 0
      ? {}
      : { fundingSources: Object.fromEntries((proposal.fundingSources ?? []).map((f) => [f.label, f.code])) }),
  };
}

/** The standing-items and spending tables as the mapping file's "standing" and "spending" keys (absent when none). */
function otherTablesOf(tables: readonly OtherTableProposal[]): Pick<MappingFile, 'standing' | 'spending'> {
  const keys = otherTableKeys(tables);
  const part = (kind: OtherTableProposal['kind']): Record<string, OtherTableEntry> | undefined => {
    const entries = tables.flatMap((table, i) =>
      table.kind === kind
        ? [[keys[i] ?? table.sheet, { headerRow: table.headerRow, columns: Object.fromEntries(table.columns.map((c) => [c.column, c.field])) }] as const]
        : [],
    );
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  };
  const standing = part('standing');
  const spending = part('spending');
  return { ...(standing === undefined ? {} : { standing }), ...(spending === undefined ? {} : { spending }) };
}

/**
 * A consolidation's mapping file as decisions (core/decisions), to read the units' files with and
 * to keep in the district workbook's "Ghi nhớ đọc tệp" sheet.
 *
 * @param decidedOn the date the decisions are recorded with
 * @returns the decisions (a top-level key: every file; under "files": that file), and issues
 *   (errors, sheet "mapping.json"): adopt.map.notObject, unknownField, unknownChannel, unknownForm,
 *   unknownUnit, letterNeedsSheet (a column letter outside "sheets"), badValue (includeHidden,
 *   usDates, headerRow of the wrong type); a warning adopt.map.adoptOnly for each of adopt's own keys
 *   ("standing", "spending", "items", "fundingSources") found, which a consolidation does not apply
 */
export function mappingFileToDecisions(plan: Plan, json: unknown, decidedOn: IsoDate): { decisions: Decision[]; issues: Issue[] } {
  if (!isRecord(json)) return { decisions: [], issues: [issue('adopt.map.notObject', 'error', WHERE)] };
  const lookup = createPlanLookup(plan);
  const decisions: Decision[] = [];
  const issues: Issue[] = [];
  const allowed = [...FIELDS].join(', ');
  const valueText = (value: unknown): string => (typeof value === 'string' ? value : (JSON.stringify(value) ?? 'undefined'));

  const read = (part: Record<string, unknown>, file: string | null): void => {
    const add = (kind: Decision['kind'], seen: string, meaning: string | null): void => {
      decisions.push({ kind, seen, meaning, file, decidedOn });
    };
    const role = (value: unknown): ColumnRole | null | undefined => {
      if (value === null) return null;
      if (typeof value === 'string' && FIELDS.has(value)) return value as ColumnRole;
      issues.push(issue('adopt.map.unknownField', 'error', WHERE, { value: valueText(value), allowed }));
      return undefined;
    };
    if (isRecord(part.columns)) {
      for (const [key, value] of Object.entries(part.columns)) {
        const chosen = role(value);
        if (chosen === undefined) continue;
        // A letter names a different column on each sheet: it needs its sheet.
        if (/^[A-Za-z]{1,3}$/.test(key)) issues.push(issue('adopt.map.letterNeedsSheet', 'error', WHERE, { value: key }));
        else add('header', key, chosen);
      }
    }
    if (isRecord(part.sheets)) {
      for (const [sheet, own] of Object.entries(part.sheets)) {
        if (!isRecord(own)) continue;
        const headerRow = own.headerRow;
        const validRow = typeof headerRow === 'number' && Number.isInteger(headerRow) && headerRow > 0;
        if (headerRow !== undefined && headerRow !== null && !validRow)
          issues.push(issue('adopt.map.badValue', 'error', WHERE, { key: 'headerRow', value: valueText(headerRow) }));
        if (validRow) add('headerRow', sheet, String(headerRow));
        for (const [key, value] of Object.entries(isRecord(own.columns) ? own.columns : {})) {
          const chosen = role(value);
          if (chosen === undefined) continue;
          if (/^[A-Za-z]{1,3}$/.test(key)) add('column', `${sheet}!${validRow ? `${headerRow}!` : ''}${key.toUpperCase()}`, chosen);
          else add('header', key, chosen);
        }
      }
    }
    const labels = (
      entries: unknown,
      kind: 'channel' | 'form' | 'unitLabel',
      find: (text: string) => string | null,
      code: 'adopt.map.unknownChannel' | 'adopt.map.unknownForm' | 'adopt.map.unknownUnit',
    ) => {
      if (!isRecord(entries)) return;
      for (const [label, target] of Object.entries(entries)) {
        const resolved = typeof target === 'string' ? find(target) : null;
        if (target !== null && resolved === null) issues.push(issue(code, 'error', WHERE, { value: valueText(target) }));
        else add(kind, label, resolved);
      }
    };
    labels(part.channels, 'channel', (t) => lookup.channel.find(t), 'adopt.map.unknownChannel');
    labels(part.forms, 'form', (t) => lookup.form.find(t), 'adopt.map.unknownForm');
    labels(part.units, 'unitLabel', (t) => lookup.unit.find(t), 'adopt.map.unknownUnit');
    if (part.defaultForm === null) add('defaultForm', '', null);
    else if (typeof part.defaultForm === 'string') {
      const found = lookup.form.find(part.defaultForm);
      if (found) add('defaultForm', '', found);
      else issues.push(issue('adopt.map.unknownForm', 'error', WHERE, { value: part.defaultForm }));
    }
    if (typeof part.includeHidden === 'boolean') add('hiddenRows', '', part.includeHidden ? 'yes' : 'no');
    else if (part.includeHidden !== undefined)
      issues.push(issue('adopt.map.badValue', 'error', WHERE, { key: 'includeHidden', value: valueText(part.includeHidden) }));
    if (part.usDates === 'swap' || part.usDates === 'keep') add('usDates', '', part.usDates);
    else if (part.usDates !== undefined) issues.push(issue('adopt.map.badValue', 'error', WHERE, { key: 'usDates', value: valueText(part.usDates) }));
    // adopt's own keys are not decisions a consolidation keeps: said, never silently ignored (try13j note 4).
    const adoptOnly = ADOPT_ONLY_KEYS.filter((key) => part[key] !== undefined);
    if (adoptOnly.length > 0) {
      const keys = adoptOnly.map((key) => `"${key}"`).join(', ');
      issues.push(
        file === null ? issue('adopt.map.adoptOnly', 'warning', WHERE, { keys }) : issue('adopt.map.adoptOnlyInFile', 'warning', WHERE, { keys, file }),
      );
    }
    // A unit left null in a written map is a question still open, not a decision.
    if (file !== null && typeof part.unit === 'string') {
      const unit = lookup.unit.find(part.unit);
      if (unit === null) issues.push(issue('adopt.map.unknownUnit', 'error', WHERE, { value: part.unit }));
      else decisions.push({ kind: 'fileUnit', seen: file, meaning: unit, file: null, decidedOn });
    }
  };

  read(json, null);
  if (isRecord(json.files)) for (const [file, part] of Object.entries(json.files)) if (isRecord(part)) read(part, file);
  return { decisions, issues };
}

/**
 * Decisions as a mapping file (what `--write-map` writes): decisions about every file at the top,
 * each file's own under "files", the unit that sent a file as its "unit". Codes, not names: the
 * file is for the command line, and codes survive a plan's renaming.
 */
export function decisionsToMappingFile(decisions: readonly Decision[]): MappingFile {
  type Part = {
    columns?: Record<string, string | null>;
    sheets?: Record<string, { headerRow?: number | null; columns?: Record<string, string | null> }>;
    channels?: Record<string, string | null>;
    forms?: Record<string, string | null>;
    units?: Record<string, string | null>;
    defaultForm?: string | null;
    includeHidden?: boolean;
    usDates?: 'swap' | 'keep';
    unit?: string | null;
  };
  const top: Part = {};
  const files: Record<string, Part> = {};
  const partOf = (file: string | null): Part => (file === null ? top : (files[file] ??= {}));
  for (const d of decisions) {
    const part = partOf(d.kind === 'fileUnit' ? d.seen : d.file);
    const sheetOf = (sheet: string): { headerRow?: number | null; columns?: Record<string, string | null> } => ((part.sheets ??= {})[sheet] ??= {});
    switch (d.kind) {
      case 'header':
        (part.columns ??= {})[d.seen] = d.meaning;
        break;
      case 'column': {
        const match = /^(.+?)!(?:(\d+)!)?([A-Za-z]{1,3})$/.exec(d.seen);
        if (!match?.[1] || !match[3]) break;
        const sheet = sheetOf(match[1]);
        if (match[2] !== undefined) sheet.headerRow = Number(match[2]);
        (sheet.columns ??= {})[match[3]] = d.meaning;
        break;
      }
      case 'headerRow':
        // null: a sheet whose table the reader could not find, for the officer to give its header row.
        sheetOf(d.seen).headerRow = d.meaning === null ? null : Number(d.meaning);
        break;
      case 'channel':
        (part.channels ??= {})[d.seen] = d.meaning;
        break;
      case 'form':
        (part.forms ??= {})[d.seen] = d.meaning;
        break;
      case 'unitLabel':
        (part.units ??= {})[d.seen] = d.meaning;
        break;
      case 'fileUnit':
        part.unit = d.meaning;
        break;
      case 'hiddenRows':
        part.includeHidden = d.meaning === 'yes';
        break;
      case 'usDates':
        part.usDates = d.meaning === 'keep' ? 'keep' : 'swap';
        break;
      case 'defaultForm':
        part.defaultForm = d.meaning;
        break;
    }
  }
  return { ...top, ...(Object.keys(files).length > 0 ? { files } : {}) };
}
