import { attributes, startTags } from './xmlText';

/**
 * Which cell styles show a date (ECMA-376 part 1, 18.8.30 numFmt, 18.8.10 cellXfs): needed only
 * in a 1904-based workbook, whose date serials are shifted to the 1900 system; other numbers are
 * left alone. Built-in date formats are ids 14-22, 27-36, 45-47 and 50-58 (18.8.30's table and
 * the East Asian ids Excel uses for Vietnamese and CJK locales).
 */

const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A custom format code shows a date or time when, outside quotes, escapes and [colour]/[$-locale] brackets, it has d, m, y, h or s. */
export function isDateFormat(code: string): boolean {
  const bare =
    code
      .replace(/"[^"]*"/g, '')
      .replace(/\\./g, '')
      .replace(/[_*]./g, '')
      .replace(/\[(?![hms]+\])[^\]]*\]/gi, '')
      .split(';')[0] ?? '';
  return /[dmyhs]/i.test(bare.replace(/General/gi, ''));
}

/** Indexes into cellXfs (a cell's `s`) whose number format is a date. */
export function readDateStyles(xml: string): Set<number> {
  const custom = new Map<number, boolean>();
  const dates = new Set<number>();
  let inCellXfs = false;
  let index = 0;
  for (const tag of startTags(xml)) {
    if (tag.name === 'numFmt') {
      const attrs = attributes(tag.attrs);
      custom.set(Number(attrs.get('numFmtId')), isDateFormat(attrs.get('formatCode') ?? ''));
    } else if (tag.name === 'cellXfs') {
      inCellXfs = true;
    } else if (tag.name === 'cellStyles' || tag.name === 'dxfs' || tag.name === 'cellStyleXfs') {
      inCellXfs = false;
    } else if (tag.name === 'xf' && inCellXfs) {
      const id = Number(attributes(tag.attrs).get('numFmtId') ?? 0);
      if (custom.get(id) ?? BUILT_IN_DATES.has(id)) dates.add(index);
      index++;
    }
  }
  return dates;
}
