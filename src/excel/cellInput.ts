import { isoToSerial } from '../core/dates/serial';
import type { CellValue } from '../core/layout/types';
import { needsTextProtection } from '../core/text/textProtection';

/**
 * Turns a layout cell into what Office.js `formulas` takes, and says which text cells must get the
 * Text format first (see src/core/text/textProtection.ts for why "@" and not an apostrophe).
 */

export type FormulaInput = string | number | boolean;

export const DATE_FORMAT = 'dd/mm/yyyy';
export { TEXT_FORMAT } from '../core/text/textProtection';

export interface CellWrite {
  readonly input: FormulaInput;
  /** Set "@" on the cell before writing. */
  readonly protect: boolean;
  /** Give the cell a date format after writing. */
  readonly date: boolean;
}

const EMPTY: CellWrite = { input: '', protect: false, date: false };

/**
 * Text Excel takes as an error value when written through `values`/`formulas`, as when typed: "#N/A"
 * becomes the error #N/A (valueTypes 'Error', https://learn.microsoft.com/javascript/api/excel/excel.rangevaluetype),
 * no longer the officer's text. src/core/text/textProtection.ts does not know these yet, so they get
 * the Text format here too.
 */
const ERROR_LITERAL = /^\s*#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)\s*$/i;

function mustStayText(text: string): boolean {
  return needsTextProtection(text) || ERROR_LITERAL.test(text);
}

export function cellWrite(value: CellValue | undefined): CellWrite {
  if (value === undefined) return EMPTY;
  switch (value.kind) {
    case 'empty':
      return EMPTY;
    case 'text':
      return { input: value.text, protect: mustStayText(value.text), date: false };
    case 'number':
      return { input: value.value, protect: false, date: false };
    case 'boolean':
      return { input: value.value, protect: false, date: false };
    case 'date':
      return { input: isoToSerial(value.iso), protect: false, date: true };
    case 'formula':
      return { input: value.formula.startsWith('=') ? value.formula : `=${value.formula}`, protect: false, date: false };
  }
}
