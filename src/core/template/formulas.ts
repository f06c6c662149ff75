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
