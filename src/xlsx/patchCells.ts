import type { CellValue } from '../core/layout/types';
import { isoToSerial } from '../core/dates/serial';
import { sheetPartsByName } from './charts';
import { PackageEditor, escapeXml } from './packageEditor';
import { readDateStyles } from './read/styles';

/**
 * Writes a few cells into an existing .xlsx and leaves every other byte of the package as it was
 * (parts not touched keep their compressed bytes; in a touched sheet only the written cells'
 * <c> elements change, their style kept). Used by `cchc normalise`, which must change nothing but
 * the cells it lists. Text is written as an inline string, numbers and dates as values (ECMA-376
 * part 1, 18.3.1.4 c, 18.3.1.96 v, 18.4.4 is); a date keeps the cell's style when it is a date
 * style, otherwise takes the workbook's first date style, so it shows as dd/mm/yyyy and not a serial.
 * The workbook is marked to recalculate on open (18.2.2 calcPr fullCalcOnLoad), so formulas that
 * read the cells (Tiến độ) show the new figures without waiting for an edit.
 */

export interface CellPatch {
  readonly sheet: string;
  /** A1 address. */
  readonly cell: string;
  readonly value: CellValue;
}

export interface PatchOutcome {
  readonly bytes: Uint8Array;
  /** Patches whose sheet or cell is not in the file (nothing written for them). */
  readonly missing: readonly CellPatch[];
}

const CALC_PR_BEFORE = /<(oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\b/;

function recalculateOnLoad(workbook: string): string {
  const existing = /<calcPr\b([^>]*?)(\/?)>/.exec(workbook);
  if (existing) {
    const attrs = (existing[1] ?? '').replace(/\sfullCalcOnLoad="[^"]*"/, '');
    return workbook.replace(existing[0], `<calcPr${attrs} fullCalcOnLoad="1"${existing[2] ?? ''}>`);
  }
  const before = CALC_PR_BEFORE.exec(workbook);
  const at = before ? before.index : workbook.lastIndexOf('</workbook>');
  return `${workbook.slice(0, at)}<calcPr fullCalcOnLoad="1"/>${workbook.slice(at)}`;
}

function cellXml(cell: string, style: string | undefined, value: CellValue, dateStyle: (style: string | undefined) => string | undefined): string | null {
  const s = (chosen: string | undefined): string => (chosen === undefined ? '' : ` s="${chosen}"`);
  switch (value.kind) {
    case 'text':
      return `<c r="${cell}"${s(style)} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value.text)}</t></is></c>`;
    case 'number':
      return `<c r="${cell}"${s(style)}><v>${value.value}</v></c>`;
    case 'date':
      return `<c r="${cell}"${s(dateStyle(style))}><v>${isoToSerial(value.iso)}</v></c>`;
    default:
      return null;
  }
}

/** The bytes with the cells written; throws only on a package that is not a workbook (no workbook.xml). */
export async function patchCells(bytes: Uint8Array, patches: readonly CellPatch[]): Promise<PatchOutcome> {
  const pkg = new PackageEditor(bytes);
  const parts = await sheetPartsByName(pkg);
  const styles = await pkg.read('xl/styles.xml');
  const dateStyles = styles === null ? new Set<number>() : readDateStyles(styles);
  const firstDateStyle = [...dateStyles].sort((a, b) => a - b)[0];
  const dateStyle = (style: string | undefined): string | undefined =>
    style !== undefined && dateStyles.has(Number(style)) ? style : firstDateStyle === undefined ? style : String(firstDateStyle);
  const missing: CellPatch[] = [];
  const bySheet = new Map<string, CellPatch[]>();
  for (const patch of patches) bySheet.set(patch.sheet, [...(bySheet.get(patch.sheet) ?? []), patch]);
  for (const [sheet, mine] of bySheet) {
    const part = parts.get(sheet);
    const xml = part === undefined ? null : await pkg.read(part);
    if (part === undefined || xml === null) {
      missing.push(...mine);
      continue;
    }
    let patched = xml;
    for (const patch of mine) {
      const found = new RegExp(`<c\\b(?=[^>]*\\sr="${patch.cell}")([^>]*?)(?:/>|>[\\s\\S]*?</c>)`).exec(patched);
      const replacement = found ? cellXml(patch.cell, /\ss="(\d+)"/.exec(found[1] ?? '')?.[1], patch.value, dateStyle) : null;
      if (!found || replacement === null) {
        missing.push(patch);
        continue;
      }
      patched = patched.slice(0, found.index) + replacement + patched.slice(found.index + found[0].length);
    }
    if (patched !== xml) pkg.write(part, patched);
  }
  if (missing.length < patches.length) pkg.write('xl/workbook.xml', recalculateOnLoad(await pkg.mustRead('xl/workbook.xml')));
  return { bytes: pkg.toBytes(), missing };
}
