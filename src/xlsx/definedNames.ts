import type { DefinedName } from '../core/layout/types';
import { LayoutRenderError } from './errors';
import { escapeXml, type PackageEditor } from './packageEditor';

/**
 * Defined names go straight into workbook.xml. exceljs keeps defined names as a cell-by-cell
 * matrix: it silently drops whole-column references ("$A:$A"), throws on formulas
 * ("OFFSET(...)"), and spends time on long ranges. Print areas and titles stay with exceljs.
 */
export async function addDefinedNames(pkg: PackageEditor, names: readonly DefinedName[]): Promise<void> {
  if (names.length === 0) return;
  const seen = new Set<string>();
  for (const name of names) {
    if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name.name) || /^[A-Za-z]{1,3}\d+$/.test(name.name) || /^[RrCc]$/.test(name.name)) {
      throw new LayoutRenderError('(workbook)', `"${name.name}" is not a valid defined name`);
    }
    if (seen.has(name.name.toLowerCase())) throw new LayoutRenderError('(workbook)', `defined name "${name.name}" appears twice`);
    seen.add(name.name.toLowerCase());
  }
  const xml = names.map((n) => `<definedName name="${escapeXml(n.name)}">${escapeXml(n.ref.replace(/^=/, ''))}</definedName>`).join('');
  const workbook = await pkg.mustRead('xl/workbook.xml');
  const patched = workbook.includes('</definedNames>')
    ? workbook.replace('</definedNames>', `${xml}</definedNames>`)
    : workbook.replace('</sheets>', `</sheets><definedNames>${xml}</definedNames>`);
  pkg.write('xl/workbook.xml', patched);
}
