import { sheetRef } from '../layout/a1';

/** Formula text helpers: quoting that survives any name a plan may hold. */

export function quoteText(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/** A whole-column reference on another sheet: 'Tin bài'!$B:$B. Whole columns keep counting as tables grow. */
export function columnOf(sheetName: string, column: string): string {
  return sheetRef(sheetName, `$${column}:$${column}`);
}

export interface CountCriterion {
  readonly range: string;
  /** A formula expression for the criterion: a quoted text, or ">="&$B$3. */
  readonly criterion: string;
}

/** COUNTIFS over the cross product of alternatives: COUNTIFS(a,x1,b,y1)+COUNTIFS(a,x1,b,y2)+… */
export function countIfsAnyOf(alternatives: readonly (readonly CountCriterion[])[], fixed: readonly CountCriterion[]): string {
  const combos = alternatives.reduce<CountCriterion[][]>(
    (acc, options) => (options.length === 0 ? acc : acc.flatMap((combo) => options.map((option) => [...combo, option]))),
    [[]],
  );
  const terms = combos.map((combo) => `COUNTIFS(${[...combo, ...fixed].map((c) => `${c.range},${c.criterion}`).join(',')})`);
  return terms.join('+');
}

/** SUMIFS of `sumRange` over the same cross product of alternatives as countIfsAnyOf. */
export function sumIfsAnyOf(sumRange: string, alternatives: readonly (readonly CountCriterion[])[], fixed: readonly CountCriterion[]): string {
  const combos = alternatives.reduce<CountCriterion[][]>(
    (acc, options) => (options.length === 0 ? acc : acc.flatMap((combo) => options.map((option) => [...combo, option]))),
    [[]],
  );
  return combos.map((combo) => `SUMIFS(${[sumRange, ...[...combo, ...fixed].map((c) => `${c.range},${c.criterion}`)].join(',')})`).join('+');
}

/** DATE(y,m,d) of an ISO date: a serial in any workbook's date system, unlike a literal serial. */
export function dateFormula(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `DATE(${year ?? 0},${month ?? 0},${day ?? 0})`;
}
