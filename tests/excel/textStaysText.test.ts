import fc from 'fast-check';
import { blankSheet, text } from '../../src/core/layout/cells';
import { portOnHost, removeHost } from './hostPort';

afterEach(removeHost);

/**
 * Whatever text a layout holds reads back as the same text: the adapter protects every string the
 * host (typing rules like Excel's) would turn into a formula, number, boolean or date.
 */
const risky = fc.constantFrom(
  '=',
  '+',
  '-',
  '@',
  ' ',
  '0',
  '1',
  '9',
  '.',
  ',',
  '/',
  ':',
  '%',
  '$',
  '(',
  ')',
  'e',
  'E',
  'T',
  'R',
  'U',
  'F',
  'A',
  'L',
  'S',
  'a',
  'm',
  'p',
  'ế',
  "'",
);
const numberish = fc
  .tuple(fc.constantFrom('', ' ', '-', '+', '(', '$'), fc.nat(99999), fc.constantFrom('', 'e5', 'E-2', '%', ')', '.5', '/3/2019', ':30', ' am'))
  .map(([lead, n, tail]) => `${lead}${n}${tail}`);
// Text Excel turns into a date, a number or an error value when written through `values`
// ("Set and get date values", https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-dates).
const documented = fc.constantFrom('2018-03-05', '1/2', '3/5/18', '007', '1e5', '1,000', '10:30', '#N/A', '#DIV/0!', '#ref!', ' #NAME? ');
const cellText = fc.oneof(fc.string({ minLength: 1, maxLength: 12, unit: risky }), numberish, documented, fc.string({ minLength: 1, maxLength: 12 }));

describe('text stays text', () => {
  test('any string written as text reads back unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(cellText, { minLength: 1, maxLength: 30 }), async (texts) => {
        const { port } = portOnHost();
        try {
          await port.writeSheets({ sheets: [{ ...blankSheet('T'), blocks: [{ at: 'A1', rows: texts.map((t) => [text(t)]) }] }], definedNames: [] });
          const read = await port.readSheet('T');
          const back = texts.map((_, i) => read?.values[i - ((read.origin.row ?? 1) - 1)]?.[0] ?? '');
          expect(back).toEqual(texts);
        } finally {
          removeHost();
        }
      }),
      { numRuns: 300 },
    );
  });
});
