/** Checking a unit's workbook against the plan: the facade, the rules, and the pieces callers reuse. */
export { validateWorkbook, sortIssues, planYearRange, issueCounts } from './validateWorkbook';
export { RULES } from './rules';
export { detectLegacyEncoding, decodeLegacy, type LegacyEncoding } from '../text/legacyEncoding';
export type { Entry, Rule, Table, ValidationCounts, ValidationOptions, ValidationReport } from './types';
