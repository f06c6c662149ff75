import { exactKey } from '../text/exactKey';
import { parseAmount } from '../records/amount';
import { parseDate } from '../dates/parseDate';
import { readDate } from '../dates/readDate';
import { issue, type Issue } from '../issues';
import type { RawSheet } from '../ports/workbookPort';
import { foldForMatch, splitList } from '../text/fold';
import {
  duplicateNames,
  FORMULA_LENGTH_MAX,
  FORMULA_TEXT_MAX,
  longFormulas,
  PLAN_YEAR,
  shadowingAliases,
  TARGET_AMOUNT,
  TARGET_MINIMUM,
  type NameCell,
} from './planSheetLimits';
import { scanPlanSheet, type FoundSection, type GridCell, type SectionRow } from './planSheetGrid';
import { COMMON_LEVELS, DISTRICT_ERA_LEVELS, findLevel, HAMLET_WORDS, LEVEL_PLACEHOLDERS, unknownPlaceholders } from './levelCatalogue';
import { governmentOf } from './planWording';
import { readUnitReportFacts } from './unitReportFacts';
import { DEADLINE_EXAMPLES, parseDeadline, type ReportDeadline } from './reportDeadline';
import {
  CADENCE_WORDS,
  MEASURE_WORDS,
  CONVENTION_WORDS,
  FREQUENCY_WORDS,
  GOVERNMENT_WORDS,
  IDENTITY_FIELDS,
  PLAN_SHEET_ALIASES,
  PLAN_SHEET_NAME,
  SCOPE_WORDS,
  SECTIONS,
  type IdentityField,
  type SectionKey,
} from './planSheetFormat';
import type {
  Channel,
  CountedTarget,
  FundingSource,
  LevelDefinition,
  OutputForm,
  Plan,
  PlanIdentity,
  ReportFrequency,
  ReportIssuer,
  ReportingDuty,
  Responsibility,
  StandingItem,
  TargetCadence,
  TargetMeasure,
  Unit,
  UnitLevel,
} from './types';

/** An address as offices write one (name@domain.tld); not RFC 5322's whole grammar, which no office needs. */
const EMAIL = /^[^\s@;,<>"()[\]]+@[^\s@;,<>"()[\]]+\.[^\s@;,<>"()[\].]+$/u;

export interface PlanReadResult {
  /** The plan, or null when any error makes it unusable. */
  readonly plan: Plan | null;
  readonly issues: readonly Issue[];
}

/**
 * Reads a plan from the "Kế hoạch" sheet among a workbook's sheets. Every problem becomes an
 * Issue pointing at its cell; nothing throws on bad data. Warnings still give a plan.
 */
export function readPlanFromSheets(sheets: readonly RawSheet[]): PlanReadResult {
  const wanted = new Set(PLAN_SHEET_ALIASES.map(foldForMatch));
  const sheet = sheets.find((s) => wanted.has(foldForMatch(s.name)));
  if (!sheet) return { plan: null, issues: [issue('plan.sheet.missing', 'error', { sheet: PLAN_SHEET_NAME }, { sheet: PLAN_SHEET_NAME })] };
  const reader = new PlanSheetReader(sheet.name);
  const plan = reader.read(sheet);
  return { plan: reader.issues.some((i) => i.severity === 'error') ? null : plan, issues: reader.issues };
}

/** Builds a word → value lookup over every accepted spelling. */
function vocabulary<K extends string>(words: Readonly<Record<K, readonly string[]>>): Map<string, K> {
  const map = new Map<string, K>();
  for (const [key, spellings] of Object.entries(words) as [K, readonly string[]][]) {
    for (const spelling of spellings) map.set(foldForMatch(spelling), key);
  }
  return map;
}

const SCOPES = vocabulary(SCOPE_WORDS);
const CONVENTIONS = vocabulary(CONVENTION_WORDS);
const FREQUENCIES = vocabulary(FREQUENCY_WORDS);
const CADENCES = vocabulary(CADENCE_WORDS);
const MEASURES = vocabulary(MEASURE_WORDS);
const GOVERNMENTS = vocabulary(GOVERNMENT_WORDS);
const IDENTITY_LABELS = new Map<string, IdentityField>(IDENTITY_FIELDS.flatMap((f) => f.labels.map((l) => [foldForMatch(l), f.key] as const)));

/** Stands in for an identity with errors while the rest of the plan is checked; never returned. */
const PLACEHOLDER_IDENTITY: PlanIdentity = { id: '', number: '', date: '', issuer: '', superior: '', place: '', title: '', year: PLAN_YEAR.min, revision: 1 };

const allowed = (words: Readonly<Record<string, readonly string[]>>): string =>
  Object.values(words)
    .map((w) => w[0] ?? '')
    .join(', ');

class PlanSheetReader {
  readonly issues: Issue[] = [];
  /** The plan's levels: its "CẤP ĐƠN VỊ" rows, then the common levels its cells use. */
  private definedLevels: LevelDefinition[] = [];
  /**
   * Levels a cell may name that join the plan only when a cell names them: 116/KH-UBND's three for a
   * sheet without "CẤP ĐƠN VỊ" (the common ones always are). Not all of them join: a 2026 plan written
   * without the section, whose units are "UBND xã, phường, đặc khu", would otherwise carry "Xã/thị trấn"
   * too, and the two levels' shared word "Xã" made every tracker's copy of the plan sheet invalid (tester, issue 13).
   */
  private impliedLevels: readonly LevelDefinition[] = [];

  constructor(private readonly sheetName: string) {}

  private report(code: Issue['code'], at: string, params: Record<string, string | number> = {}, severity: Issue['severity'] = 'error'): void {
    this.issues.push(issue(code, severity, { sheet: this.sheetName, cell: at }, params));
  }

  read(sheet: RawSheet): Plan | null {
    const scanned = scanPlanSheet(sheet);
    const known = SECTIONS.map((s) => s.headings[0] ?? '').join(', ');
    for (const cell of scanned.unknownHeadings) this.report('plan.section.unknown', cell.at, { text: cell.text, known }, 'warning');
    const bySection = new Map<SectionKey, FoundSection>();
    for (const found of scanned.sections) {
      if (bySection.has(found.def.key)) {
        this.report('plan.code.duplicate', found.headingAt, {
          code: found.def.headings[0] ?? '',
          section: found.def.headings[0] ?? '',
          first: bySection.get(found.def.key)?.headingAt ?? '',
        });
        continue;
      }
      bySection.set(found.def.key, found);
      for (const missing of found.missingColumns) {
        this.report('plan.column.missing', missing.at, { section: found.def.headings[0] ?? '', column: missing.column.headers[0] ?? '' });
      }
    }
    for (const def of SECTIONS) {
      if (def.required && !bySection.has(def.key)) {
        this.issues.push(issue('plan.section.missing', 'error', { sheet: this.sheetName }, { section: def.headings[0] ?? '' }));
      }
    }
    const rows = (key: SectionKey): readonly SectionRow[] => bySection.get(key)?.rows ?? [];
    // A sheet written before levels were plan data has no "CẤP ĐƠN VỊ": its words are 116/KH-UBND's three levels.
    this.definedLevels = bySection.has('levels') ? this.levelDefinitions(rows('levels')) : [];
    this.impliedLevels = bySection.has('levels') ? [] : DISTRICT_ERA_LEVELS;
    const identity = this.identity(bySection.get('identity'));
    const units = this.units(rows('units'));
    const channels = this.channels(rows('channels'));
    const forms = this.forms(rows('forms'));
    const targets = this.targets(rows('targets'), channels, forms);
    const standingItems = this.standingItems(rows('standingItems'), identity.value?.year);
    this.checkUnique(
      [...targets.map((t) => t.id), ...standingItems.map((s) => s.id)],
      [...rows('targets'), ...rows('standingItems')],
      'id',
      'Chỉ tiêu, hạng mục',
    );
    const fundingSources = this.fundingSources(rows('fundingSources'));
    const responsibilities = this.responsibilities(rows('responsibilities'), units, [...targets.map((t) => t.id), ...standingItems.map((s) => s.id)]);
    const reportingDuties = this.reportingDuties(rows('reportingDuties'), units);
    const reportingBody = this.reportingBody(identity.reportingBody, units);
    const reportIssuer = this.reportIssuer(identity.reportIssuer, units, identity.value?.issuer ?? '');
    if (bySection.has('units') && units.length === 0) this.report('plan.units.none', bySection.get('units')?.headingAt ?? 'A1');
    if (bySection.has('targets') && targets.length === 0) this.report('plan.targets.none', bySection.get('targets')?.headingAt ?? 'A1');
    const plan = {
      identity: identity.value ?? PLACEHOLDER_IDENTITY,
      periodConvention: identity.convention,
      levels: this.impliedLevels.length === 0 ? this.definedLevels : this.inImpliedOrder(this.definedLevels),
      wording: identity.wording,
      ...(reportingBody === undefined ? {} : { reportingBody }),
      ...(reportIssuer === undefined ? {} : { reportIssuer }),
      units,
      channels,
      forms,
      targets,
      standingItems,
      fundingSources,
      responsibilities,
      reportingDuties,
      reportRecipients: identity.recipients,
      signer: identity.signer,
    };
    // Checked even when the identity is incomplete (the formulas do not depend on it), so every
    // error of the sheet is listed in one pass.
    this.checkFormulas(plan, rows('targets'));
    return identity.value ? plan : null;
  }

  /** Text of a cell, reporting it when required and empty. */
  private text(row: SectionRow, key: string, field: string, required: boolean): string {
    const cell = row.cells.get(key);
    if (!cell) return '';
    if (required && cell.text === '') this.report('plan.field.missing', cell.at, { field });
    return cell.text;
  }

  private list(row: SectionRow, key: string, commas: boolean): { values: string[]; cell: GridCell | undefined } {
    const cell = row.cells.get(key);
    const text = cell?.text ?? '';
    return {
      values: commas
        ? splitList(text)
        : text
            .split(/[;\n]/)
            .map((p) => p.trim())
            .filter((p) => p !== ''),
      cell,
    };
  }

  /** The levels cells named, 116/KH-UBND's in their own order first, then the others as first named. */
  private inImpliedOrder(levels: readonly LevelDefinition[]): LevelDefinition[] {
    const rank = (l: LevelDefinition): number => {
      const index = this.impliedLevels.indexOf(l);
      return index < 0 ? this.impliedLevels.length : index;
    };
    return [...levels].sort((a, b) => rank(a) - rank(b));
  }

  /** Levels a cell names, by the plan's levels or the common ones (which then join the plan). */
  private levels(row: SectionRow, key: string): UnitLevel[] {
    const { values, cell } = this.list(row, key, false);
    return values.flatMap((value) => {
      const pool = [...this.definedLevels, ...this.impliedLevels.filter((l) => !this.definedLevels.includes(l))];
      const level = findLevel(pool, value);
      if (!level) {
        const known = [...pool, ...COMMON_LEVELS.filter((c) => !pool.some((d) => d.code === c.code))];
        this.report('plan.reference.unknownLevel', cell?.at ?? 'A1', { value, allowed: known.map((l) => l.name).join(', ') });
        return [];
      }
      if (!this.definedLevels.includes(level)) this.definedLevels.push(level);
      return [level.code];
    });
  }

  /**
   * The "CẤP ĐƠN VỊ" rows: code, name and how the level heads and signs a report. Header lines are
   * split at " / "; a placeholder that is none of LEVEL_PLACEHOLDERS is a warning at its cell.
   */
  private levelDefinitions(rows: readonly SectionRow[]): LevelDefinition[] {
    const levels = rows.map((row): LevelDefinition => {
      const templates = (['superior', 'header', 'prose', 'place'] as const).map((key) => {
        const cell = row.cells.get(key);
        for (const placeholder of unknownPlaceholders(cell?.text ?? ''))
          this.report(
            'plan.level.unknownPlaceholder',
            cell?.at ?? 'A1',
            { placeholder, nameToken: LEVEL_PLACEHOLDERS.name[0], placeToken: LEVEL_PLACEHOLDERS.place[0], issuerToken: LEVEL_PLACEHOLDERS.issuer[0] },
            'warning',
          );
        return cell?.text ?? '';
      });
      const [superior = '', header = '', prose = '', place = ''] = templates;
      this.text(row, 'header', 'Tên cơ quan (tiêu đề)', true);
      this.text(row, 'prose', 'Tên trong câu', true);
      return {
        code: this.text(row, 'code', 'Mã cấp', true),
        name: this.text(row, 'name', 'Tên cấp', true),
        aliases: this.list(row, 'aliases', false).values,
        superior,
        header: header
          .split(/\s+\/\s+|\n/u)
          .map((line) => line.trim())
          .filter((line) => line !== ''),
        prose,
        symbol: this.text(row, 'symbol', 'Ký hiệu', false),
        place,
        signerTitle: this.text(row, 'signerTitle', 'Chức danh người ký', false),
        deputyTitle: this.text(row, 'deputyTitle', 'Chức danh cấp phó', false),
        onBehalf: this.text(row, 'onBehalf', 'Thay mặt (TM.)', false),
        recipients: this.list(row, 'recipients', false).values,
      };
    });
    this.checkUnique(
      levels.map((l) => l.code),
      rows,
      'code',
      'Cấp đơn vị',
    );
    this.checkNames(rows, levels, 'Cấp đơn vị', 'Tên cấp');
    return levels;
  }

  /** The unit that issues the consolidated report, by code or name; absent when the cell is blank. */
  private reportingBody(cell: GridCell | undefined, units: readonly Unit[]): string | undefined {
    if (!cell || cell.text === '') return undefined;
    return this.findUnit(cell.text, units, cell.at)?.code;
  }

  /**
   * "Cơ quan ban hành báo cáo tổng hợp": a unit by code or name, else the plan's own issuer by its name
   * ("UBND phường Long Hoa", "Ủy ban nhân dân phường Long Hoa"); absent when the cell is blank.
   * Anything else is `plan.field.badReportIssuer` at the cell (nothing is guessed for a signed header).
   */
  private reportIssuer(cell: GridCell | undefined, units: readonly Unit[], issuer: string): ReportIssuer | undefined {
    if (!cell || cell.text === '') return undefined;
    const folded = committeeFolded(cell.text);
    const named = units.some((u) => [u.code, u.name, ...u.aliases].some((n) => committeeFolded(n) === folded));
    if (!named && issuer !== '' && folded === committeeFolded(issuer)) return { kind: 'plan' };
    if (!named) {
      this.report('plan.field.badReportIssuer', cell.at, { value: cell.text, issuer });
      return undefined;
    }
    const unit = this.findUnit(cell.text, units, cell.at);
    return unit === undefined ? undefined : { kind: 'unit', code: unit.code };
  }

  /**
   * Names of a section's entries: no two written exactly alike, none too long for a formula
   * literal, and no alias that reads as another entry's code, name or alias (with both cells).
   */
  private checkNames(
    rows: readonly SectionRow[],
    entries: readonly { code: string; name: string; aliases: readonly string[] }[],
    section: string,
    field: string,
  ): void {
    const names: NameCell[] = [];
    const codes: NameCell[] = [];
    const aliases: NameCell[] = [];
    entries.forEach((entry, index) => {
      const row = rows[index];
      const nameCell = row?.cells.get('name');
      const codeCell = row?.cells.get('code');
      const owner = `${index}`;
      if (nameCell) names.push({ text: entry.name, at: nameCell.at, owner });
      if (codeCell) codes.push({ text: entry.code, at: codeCell.at, owner });
      const aliasAt = row?.cells.get('aliases')?.at ?? nameCell?.at ?? 'A1';
      for (const alias of entry.aliases) aliases.push({ text: alias, at: aliasAt, owner });
      this.checkFormulaText(nameCell, field);
    });
    for (const found of duplicateNames(names)) {
      this.report('plan.name.duplicate', found.at, { name: found.name, section, first: found.first });
    }
    const ownNames = new Map(names.map((n) => [n.owner, n.text]));
    for (const found of shadowingAliases(aliases, [...names, ...codes], ownNames)) this.report('plan.alias.shadows', found.at, { ...found, section });
  }

  /** Text Excel must take as a literal in a progress formula: at most 255 characters. */
  private checkFormulaText(cell: GridCell | undefined, field: string): void {
    if (cell && cell.text.length > FORMULA_TEXT_MAX)
      this.report('plan.name.tooLongForFormula', cell.at, { field, length: cell.text.length, max: FORMULA_TEXT_MAX });
  }

  /** Targets whose progress formula Excel would refuse, at the cell listing their channels. */
  private checkFormulas(plan: Plan, rows: readonly SectionRow[]): void {
    for (const found of longFormulas(plan)) {
      const index = plan.targets.indexOf(found.target);
      const row = rows[index];
      const at = row?.cells.get('channels')?.at ?? row?.cells.get('id')?.at ?? 'A1';
      this.report('plan.target.formulaTooLong', at, {
        id: found.target.id,
        channels: found.target.channels.length,
        forms: found.target.forms.length,
        length: found.length,
        max: FORMULA_LENGTH_MAX,
      });
    }
  }

  private checkUnique(codes: readonly string[], rows: readonly SectionRow[], key: string, section: string): void {
    const seen = new Map<string, string>();
    codes.forEach((code, index) => {
      const at = rows[index]?.cells.get(key)?.at ?? 'A1';
      const folded = foldForMatch(code);
      if (folded === '') return;
      const first = seen.get(folded);
      if (first !== undefined) this.report('plan.code.duplicate', at, { code, section, first });
      else seen.set(folded, at);
    });
  }

  private identity(section: FoundSection | undefined): {
    value: PlanIdentity | null;
    convention: Plan['periodConvention'];
    recipients: string[];
    signer: Plan['signer'];
    wording: Plan['wording'];
    reportingBody: GridCell | undefined;
    reportIssuer: GridCell | undefined;
  } {
    const cells = new Map<IdentityField, GridCell>();
    for (const row of section?.rows ?? []) {
      const label = row.cells.get('field');
      const field = label ? IDENTITY_LABELS.get(foldForMatch(label.text)) : undefined;
      const value = row.cells.get('value');
      if (field && value && !cells.has(field)) cells.set(field, value);
    }
    const headingAt = section?.headingAt ?? 'A1';
    const labelOf = (key: IdentityField): string => IDENTITY_FIELDS.find((f) => f.key === key)?.labels[0] ?? key;
    const get = (key: IdentityField): string => {
      const cell = cells.get(key);
      const required = IDENTITY_FIELDS.find((f) => f.key === key)?.required ?? false;
      if (section && required && (!cell || cell.text === '')) this.report('plan.field.missing', cell?.at ?? headingAt, { field: labelOf(key) });
      return cell?.text ?? '';
    };
    const whole = (key: IdentityField, min: number, max?: number): number | null => {
      const text = get(key);
      if (text === '') return null;
      return this.wholeNumber(cells.get(key), labelOf(key), min, max);
    };
    const dateText = get('date');
    const date = dateText === '' ? null : parseDate(cells.get('date')?.raw ?? null);
    if (dateText !== '' && !date) this.report('plan.field.badDate', cells.get('date')?.at ?? headingAt, { field: labelOf('date'), value: dateText });
    const conventionText = get('periodConvention');
    const convention = CONVENTIONS.get(foldForMatch(conventionText));
    if (conventionText !== '' && !convention) {
      this.report('plan.field.badValue', cells.get('periodConvention')?.at ?? headingAt, {
        field: labelOf('periodConvention'),
        value: conventionText,
        allowed: allowed(CONVENTION_WORDS),
      });
    }
    const year = whole('year', PLAN_YEAR.min, PLAN_YEAR.max);
    const revision = whole('revision', 1);
    const [id, number, issuer, superior, place, title] = (['id', 'number', 'issuer', 'superior', 'place', 'title'] as const).map(get);
    const recipients = (cells.get('reportRecipients')?.text ?? '')
      .split(';')
      .map((p) => p.trim())
      .filter((p) => p !== '');
    const signer = { title: cells.get('signerTitle')?.text ?? '', name: cells.get('signerName')?.text ?? '' };
    const complete = id && number && issuer && place && title && date && year !== null && revision !== null;
    const governmentText = cells.get('government')?.text ?? '';
    const government = governmentText === '' ? (governmentOf(issuer ?? '') ?? 'other') : GOVERNMENTS.get(foldForMatch(governmentText));
    if (!government) {
      this.report('plan.field.badValue', cells.get('government')?.at ?? headingAt, {
        field: labelOf('government'),
        value: governmentText,
        allowed: allowed(GOVERNMENT_WORDS),
      });
    }
    const [area, participants, reception] = (['area', 'participants', 'reception'] as const).map((key) => cells.get(key)?.text ?? '');
    return {
      value: complete ? { id, number, date, issuer, superior: superior ?? '', place, title, year, revision } : null,
      convention: convention ?? 'nd09-cutoff',
      recipients,
      signer,
      wording: { government: government ?? 'other', area: area ?? '', participants: participants ?? '', reception: reception ?? '' },
      reportingBody: cells.get('reportingBody'),
      reportIssuer: cells.get('reportIssuer'),
    };
  }

  /**
   * A whole number ≥ min (and ≤ max, when given: then out of range on either side is
   * plan.field.outOfRange) from a cell that may hold a number or numeric text; reports otherwise.
   */
  private wholeNumber(cell: GridCell | undefined, field: string, min: number, max?: number): number | null {
    if (!cell || cell.text === '') return null;
    const value = typeof cell.raw === 'number' ? cell.raw : Number(cell.text.replace(/\s/g, '').replace(',', '.'));
    if (!Number.isFinite(value)) this.report('plan.field.notNumber', cell.at, { field, value: cell.text });
    else if (value < Math.min(min, 0)) this.report('plan.field.negative', cell.at, { field, value });
    else if (max !== undefined && (value < min || value > max)) this.report('plan.field.outOfRange', cell.at, { field, value: cell.text, min, max });
    else if (!Number.isInteger(value)) this.report('plan.field.notWhole', cell.at, { field, value });
    else if (value < min) this.report('plan.field.badValue', cell.at, { field, value, allowed: `≥ ${min}` });
    else return value;
    return null;
  }

  private units(rows: readonly SectionRow[]): Unit[] {
    const units = rows.map((row): Unit => {
      const levels = this.levels(row, 'level');
      const levelCell = row.cells.get('level');
      if (levelCell && levelCell.text === '') this.report('plan.field.missing', levelCell.at, { field: 'Cấp' });
      const dates = (['activeFrom', 'activeTo'] as const).map((key) => {
        const cell = row.cells.get(key);
        if (!cell || cell.text === '') return undefined;
        const iso = parseDate(cell.raw);
        if (!iso) this.report('plan.field.badDate', cell.at, { field: key === 'activeFrom' ? 'Từ ngày' : 'Đến ngày', value: cell.text });
        return iso ?? undefined;
      });
      const unit: Unit = {
        code: this.text(row, 'code', 'Mã', true),
        name: this.text(row, 'name', 'Tên đơn vị', true),
        aliases: this.list(row, 'aliases', false).values,
        level: levels[0] ?? 'commune',
        ...(dates[0] ? { activeFrom: dates[0] } : {}),
        ...(dates[1] ? { activeTo: dates[1] } : {}),
        ...this.emails(row),
      };
      const own = readUnitReportFacts(row.cells, unit);
      for (const problem of own.problems) this.report(problem.code, problem.at, problem.params, 'warning');
      return own.facts === undefined ? unit : { ...unit, reportFacts: own.facts };
    });
    this.checkUnique(
      units.map((u) => u.code),
      rows,
      'code',
      'Đơn vị',
    );
    this.checkNames(rows, units, 'Đơn vị', 'Tên đơn vị');
    units.forEach((unit, index) => this.checkHamlet(unit, rows[index]));
    return units;
  }

  /**
   * A hamlet ("Ấp Bến Mương") put in a level headed as a People's Committee would get a report
   * headed "ỦY BAN NHÂN DÂN / ẤP …", a body that does not exist: a hamlet has a head (trưởng ấp),
   * not a committee (Luật Thực hiện dân chủ ở cơ sở 2022, art. 5).
   */
  private checkHamlet(unit: Unit, row: SectionRow | undefined): void {
    const definition = this.definedLevels.find((d) => d.code === unit.level);
    if (!definition) return;
    const committee = [...definition.header, definition.prose].some((line) => /^(ubnd|uy ban nhan dan)\b/u.test(foldForMatch(line)));
    const name = foldForMatch(unit.name);
    if (committee && HAMLET_WORDS.some((word) => name.startsWith(`${foldForMatch(word)} `))) {
      this.report('plan.unit.hamletAsCommittee', row?.cells.get('level')?.at ?? 'A1', { name: unit.name, level: definition.name }, 'warning');
    }
  }

  private channels(rows: readonly SectionRow[]): Channel[] {
    const channels = rows.map((row) => ({
      code: this.text(row, 'code', 'Mã', true),
      name: this.text(row, 'name', 'Tên kênh', true),
      shortName: this.text(row, 'shortName', 'Tên ngắn', false) || this.text(row, 'name', 'Tên kênh', false),
      aliases: this.list(row, 'aliases', false).values,
    }));
    this.checkUnique(
      channels.map((c) => c.code),
      rows,
      'code',
      'Kênh tuyên truyền',
    );
    this.checkNames(rows, channels, 'Kênh tuyên truyền', 'Tên kênh');
    return channels;
  }

  private forms(rows: readonly SectionRow[]): OutputForm[] {
    const forms = rows.map((row) => ({
      code: this.text(row, 'code', 'Mã', true),
      name: this.text(row, 'name', 'Tên', true),
      aliases: this.list(row, 'aliases', false).values,
    }));
    this.checkUnique(
      forms.map((f) => f.code),
      rows,
      'code',
      'Hình thức',
    );
    this.checkNames(
      rows,
      forms.map((f) => ({ ...f, aliases: [] })),
      'Hình thức',
      'Tên',
    );
    return forms;
  }

  /** Resolves codes written by code or by name to the entity's code, reporting unknown ones. */
  private references(
    row: SectionRow,
    key: string,
    known: readonly { code: string; name: string; shortName?: string }[],
    code: 'plan.reference.unknownChannel' | 'plan.reference.unknownForm',
  ): string[] {
    const { values, cell } = this.list(row, key, true);
    return values.flatMap((value) => {
      const folded = foldForMatch(value);
      const match = known.find((k) => [k.code, k.name, k.shortName ?? ''].some((n) => foldForMatch(n) === folded));
      if (!match) this.report(code, cell?.at ?? 'A1', { value });
      return match ? [match.code] : [];
    });
  }

  private targets(rows: readonly SectionRow[], channels: readonly Channel[], forms: readonly OutputForm[]): CountedTarget[] {
    return rows.map((row) => {
      const id = this.text(row, 'id', 'Mã', true);
      const channelCodes = this.references(row, 'channels', channels, 'plan.reference.unknownChannel');
      const measure = this.measure(row);
      const channelCell = row.cells.get('channels');
      // A money target counts the Kinh phí sheet's rows, which have no channel (progress/targetProgress moneyRows): it needs none.
      if (channelCell && channelCell.text === '' && measure.measure !== 'amount') this.report('plan.target.noChannel', channelCell.at, { id });
      const minimumCell = row.cells.get('minimum');
      if (minimumCell && minimumCell.text === '') this.report('plan.field.missing', minimumCell.at, { field: 'Tối thiểu' });
      const scopeCell = row.cells.get('scope');
      const scope = scopeCell && scopeCell.text !== '' ? SCOPES.get(foldForMatch(scopeCell.text)) : 'plan';
      if (!scope && scopeCell) this.report('plan.field.badValue', scopeCell.at, { field: 'Phạm vi', value: scopeCell.text, allowed: allowed(SCOPE_WORDS) });
      return {
        id,
        title: this.text(row, 'title', 'Nội dung', true),
        channels: channelCodes,
        forms: this.references(row, 'forms', forms, 'plan.reference.unknownForm'),
        minimum:
          (measure.measure === 'amount'
            ? this.amountMinimum(minimumCell)
            : this.wholeNumber(minimumCell, 'Tối thiểu', TARGET_MINIMUM.min, TARGET_MINIMUM.max)) ?? 0,
        scope: scope ?? 'plan',
        ...this.cadence(row, 'per', 'Tính theo', 'per'),
        ...measure,
      };
    });
  }

  /** The optional "Đo bằng" cell as `{ measure }`; blank or "Số tin bài" is the default count, written as nothing. */
  private measure(row: SectionRow): { measure?: TargetMeasure } {
    const cell = row.cells.get('measure');
    if (!cell || cell.text === '') return {};
    const measure = MEASURES.get(foldForMatch(cell.text));
    if (!measure) {
      this.report('plan.field.badValue', cell.at, { field: 'Đo bằng', value: cell.text, allowed: allowed(MEASURE_WORDS) });
      return {};
    }
    return measure === 'count' ? {} : { measure };
  }

  /** A minimum in đồng, typed as offices type amounts ("20.000.000", "20 triệu"): whole đồng up to TARGET_AMOUNT. */
  private amountMinimum(cell: GridCell | undefined): number | null {
    if (!cell || cell.text === '') return null;
    const reading = parseAmount(cell.raw);
    if ('amount' in reading) {
      if (reading.amount <= TARGET_AMOUNT.max) return reading.amount;
      this.report('plan.field.outOfRange', cell.at, { field: 'Tối thiểu', value: cell.text, min: TARGET_AMOUNT.min, max: TARGET_AMOUNT.max });
      return null;
    }
    if (reading.issue === 'negative') this.report('plan.field.negative', cell.at, { field: 'Tối thiểu', value: cell.text });
    else if (reading.issue === 'fraction') this.report('plan.field.notWhole', cell.at, { field: 'Tối thiểu', value: cell.text });
    else this.report('plan.field.notNumber', cell.at, { field: 'Tối thiểu', value: cell.text });
    return null;
  }

  /** An optional "Mỗi tháng/quý/6 tháng" cell as `{ [field]: cadence }`, or nothing when blank or not a cadence (reported). */
  private cadence<F extends 'per' | 'recurrence'>(row: SectionRow, key: string, label: string, field: F): Partial<Record<F, TargetCadence>> {
    const cell = row.cells.get(key);
    if (!cell || cell.text === '') return {};
    const cadence = CADENCES.get(foldForMatch(cell.text));
    if (!cadence) {
      this.report('plan.field.badValue', cell.at, { field: label, value: cell.text, allowed: allowed(CADENCE_WORDS) });
      return {};
    }
    // A yearly target is the default, written blank: reading "Cả năm" gives the same plan as a blank cell.
    if (field === 'per' && cadence === 'year') return {};
    return { [field]: cadence } as Partial<Record<F, TargetCadence>>;
  }

  /** "Hạn hoàn thành": a date, "30/6" taken in the plan's year. */
  private deadline(row: SectionRow, year: number | undefined): { deadline?: string } {
    const cell = row.cells.get('deadline');
    if (!cell || cell.text === '') return {};
    const reading = readDate(cell.raw, year);
    if (reading.kind === 'date') return { deadline: reading.iso };
    this.report('plan.field.badDate', cell.at, { field: 'Hạn hoàn thành', value: cell.text });
    return {};
  }

  private standingItems(rows: readonly SectionRow[], year: number | undefined): StandingItem[] {
    return rows.map((row) => {
      const appliesToCell = row.cells.get('appliesTo');
      if (appliesToCell && appliesToCell.text === '') this.report('plan.field.missing', appliesToCell.at, { field: 'Áp dụng cho cấp' });
      const id = this.text(row, 'id', 'Mã', true);
      this.checkFormulaText(row.cells.get('id'), 'Mã');
      return {
        id,
        title: this.text(row, 'title', 'Nội dung', true),
        appliesTo: this.levels(row, 'appliesTo'),
        ...this.deadline(row, year),
        ...this.cadence(row, 'recurrence', 'Lặp lại', 'recurrence'),
      };
    });
  }

  private fundingSources(rows: readonly SectionRow[]): FundingSource[] {
    const sources = rows.map((row) => ({
      code: this.text(row, 'code', 'Mã', true),
      name: this.text(row, 'name', 'Tên nguồn', true),
      note: this.text(row, 'note', 'Ghi chú', false),
      levels: this.levels(row, 'levels'),
      ...this.budget(row),
    }));
    this.checkUnique(
      sources.map((s) => s.code),
      rows,
      'code',
      'Nguồn kinh phí',
    );
    this.checkNames(
      rows,
      sources.map((f) => ({ ...f, aliases: [] })),
      'Nguồn kinh phí',
      'Tên nguồn',
    );
    return sources;
  }

  /** "Dự toán (đồng)": whole đồng, not negative; "20.000.000" typed as text is read as twenty million. */
  private budget(row: SectionRow): { budget?: number } {
    const cell = row.cells.get('budget');
    if (!cell || cell.text === '') return {};
    const digits = typeof cell.raw === 'number' ? cell : { ...cell, raw: cell.text.replace(/[.\s]/g, '').replace(/đ(ồng)?$/i, '') };
    const value = this.wholeNumber({ ...digits, text: String(digits.raw) }, 'Dự toán (đồng)', 0);
    return value === null ? {} : { budget: value };
  }

  /** Units a cell names by code or name: exact text first, folded text only when one unit answers (Thạnh/Thanh). */
  private unitCodes(row: SectionRow, key: string, units: readonly Unit[]): string[] {
    const { values, cell } = this.list(row, key, true);
    return values.flatMap((value) => {
      const unit = this.findUnit(value, units, cell?.at ?? 'A1');
      return unit ? [unit.code] : [];
    });
  }

  private findUnit(value: string, units: readonly Unit[], at: string): Unit | undefined {
    const names = (u: Unit): string[] => [u.code, u.name, ...u.aliases];
    const exact = units.filter((u) => names(u).some((n) => exactKey(n) === exactKey(value)));
    const folded = foldForMatch(value);
    const found = exact.length > 0 ? exact : units.filter((u) => names(u).some((n) => foldForMatch(n) === folded));
    if (found.length === 1) return found[0];
    if (found.length > 1) this.report('plan.reference.ambiguousUnit', at, { value, names: found.map((u) => `"${u.name}"`).join(', ') });
    else this.report('plan.reference.unknownUnit', at, { value });
    return undefined;
  }

  private responsibilities(rows: readonly SectionRow[], units: readonly Unit[], itemIds: readonly string[]): Responsibility[] {
    const known = new Set(itemIds.map(foldForMatch));
    return rows.map((row) => {
      const { values, cell } = this.list(row, 'items', true);
      for (const value of values) if (!known.has(foldForMatch(value))) this.report('plan.reference.unknownItem', cell?.at ?? 'A1', { value });
      return {
        units: this.unitCodes(row, 'units', units),
        levels: this.levels(row, 'levels'),
        task: this.text(row, 'task', 'Nhiệm vụ', true),
        items: values.filter((v) => known.has(foldForMatch(v))).map((v) => itemIds.find((id) => foldForMatch(id) === foldForMatch(v)) ?? v),
      };
    });
  }

  private reportingDuties(rows: readonly SectionRow[], units: readonly Unit[]): ReportingDuty[] {
    return rows.flatMap((row) => {
      const from = this.unitCodes(row, 'from', units);
      const fromCell = row.cells.get('from');
      if (fromCell && fromCell.text === '') this.report('plan.field.missing', fromCell.at, { field: 'Đơn vị báo cáo' });
      const frequencyCell = row.cells.get('frequency');
      const frequency = frequencyCell ? FREQUENCIES.get(foldForMatch(frequencyCell.text)) : undefined;
      if (frequencyCell && !frequency) {
        this.report('plan.field.badValue', frequencyCell.at, { field: 'Kỳ báo cáo', value: frequencyCell.text, allowed: allowed(FREQUENCY_WORDS) });
      }
      const to = this.list(row, 'to', false).values;
      if (to.length === 0) this.text(row, 'to', 'Gửi đến', true);
      const deadline = this.reportDeadline(row, frequency);
      // A row naming several reporters ("Đài TT; Phòng VHTT") is the same duty for each of them.
      return frequency ? from.map((reporter): ReportingDuty => ({ from: reporter, to, frequency, ...deadline })) : [];
    });
  }

  /**
   * "Hạn gửi" (reportDeadline.ts): blank is no deadline; text none of its forms is an error at the cell, and so is a
   * fixed day ("Ngày 10 tháng 12") for a duty that is not yearly, as one day of the year cannot serve every quarter.
   */
  private reportDeadline(row: SectionRow, frequency: ReportFrequency | undefined): { deadline?: ReportDeadline } {
    const cell = row.cells.get('deadline');
    if (!cell || cell.text === '') return {};
    const deadline = parseDeadline(cell.text);
    if (deadline === null) this.report('plan.field.badValue', cell.at, { field: 'Hạn gửi', value: cell.text, allowed: DEADLINE_EXAMPLES });
    else if (deadline.kind === 'dayOfMonth' && frequency !== undefined && frequency !== 'year') {
      this.report('plan.duty.fixedDayNotYearly', cell.at, { value: cell.text });
      return {};
    }
    return deadline === null ? {} : { deadline };
  }

  /**
   * "E-mail": one or more addresses (";" or "," between them). What is not an address is left out,
   * with one warning at the cell: a typo there only loses the mailto: link of the reminder.
   */
  private emails(row: SectionRow): { emails?: readonly string[] } {
    const cell = row.cells.get('email');
    if (!cell || cell.text === '') return {};
    const parts = cell.text
      .split(/[;,\s]+/u)
      .map((part) => part.trim().replace(/^mailto:/iu, ''))
      .filter((part) => part !== '');
    const emails = parts.filter((part) => EMAIL.test(part));
    // One warning for the cell, with all its text that is no address: "ubnd phuoc trach" is one mistake, not three (tester, issue 15).
    const bad = parts.filter((part) => !EMAIL.test(part));
    if (bad.length > 0) this.report('plan.unit.badEmail', cell.at, { value: bad.join(' ') }, 'warning');
    return emails.length === 0 ? {} : { emails };
  }
}

/** Folded text with "Ủy ban nhân dân" written as officers shorten it ("UBND"), so either spelling names the same body. */
function committeeFolded(text: string): string {
  return foldForMatch(text).replace(/^uy ban nhan dan\b/u, 'ubnd');
}
