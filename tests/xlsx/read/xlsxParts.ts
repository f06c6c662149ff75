import { strToU8, zipSync, type Zippable } from 'fflate';

/**
 * Real .xlsx bytes from hand-written XML parts, zipped with fflate: each test writes exactly the
 * markup an exporter writes, so the reader is tried on what it will meet, not on what exceljs emits.
 */

export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface SheetSpec {
  readonly name: string;
  /** The `<sheetData>` content (rows and cells). */
  readonly data: string;
  readonly state?: 'hidden' | 'veryHidden';
  /** Markup after `</sheetData>`: mergeCells, dataValidations, hyperlinks... */
  readonly after?: string;
  /** Relationship elements of the sheet's rels part (hyperlink targets). */
  readonly rels?: string;
}

export interface WorkbookSpec {
  readonly sheets: readonly SheetSpec[];
  readonly sharedStrings?: readonly string[] | string;
  readonly date1904?: boolean;
  /** Full styles.xml content. */
  readonly styles?: string;
  readonly modified?: string;
  /** Leave out _rels/.rels (some exporters do). */
  readonly noRootRels?: boolean;
}

export function workbookParts(spec: WorkbookSpec): Record<string, string> {
  const parts: Record<string, string> = {};
  if (spec.noRootRels !== true) {
    parts['_rels/.rels'] =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PKG_REL_NS}">` +
      `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
      (spec.modified === undefined
        ? ''
        : `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>`) +
      `</Relationships>`;
  }
  const sheetList = spec.sheets
    .map(
      (sheet, i) =>
        `<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}"${sheet.state === undefined ? '' : ` state="${sheet.state}"`} r:id="rId${i + 1}"/>`,
    )
    .join('');
  parts['xl/workbook.xml'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    (spec.date1904 === true ? '<workbookPr date1904="1"/>' : '<workbookPr/>') +
    `<sheets>${sheetList}</sheets></workbook>`;
  const n = spec.sheets.length;
  parts['xl/_rels/workbook.xml.rels'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PKG_REL_NS}">` +
    spec.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
    (spec.sharedStrings === undefined ? '' : `<Relationship Id="rId${n + 1}" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>`) +
    (spec.styles === undefined ? '' : `<Relationship Id="rId${n + 2}" Type="${REL_NS}/styles" Target="styles.xml"/>`) +
    `</Relationships>`;
  spec.sheets.forEach((sheet, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = worksheet(sheet.data, sheet.after);
    if (sheet.rels !== undefined) {
      parts[`xl/worksheets/_rels/sheet${i + 1}.xml.rels`] =
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL_NS}">${sheet.rels}</Relationships>`;
    }
  });
  if (spec.sharedStrings !== undefined) {
    const items =
      typeof spec.sharedStrings === 'string'
        ? spec.sharedStrings
        : spec.sharedStrings.map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`).join('');
    parts['xl/sharedStrings.xml'] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="${MAIN_NS}">${items}</sst>`;
  }
  if (spec.styles !== undefined) parts['xl/styles.xml'] = spec.styles;
  if (spec.modified !== undefined) {
    parts['docProps/core.xml'] =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
      `xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dcterms:modified xsi:type="dcterms:W3CDTF">${spec.modified}</dcterms:modified></cp:coreProperties>`;
  }
  return parts;
}

export function worksheet(data: string, after = ''): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetData>${data}</sheetData>${after}</worksheet>`;
}

/** Zips the parts (deflated; a part given as [text, 0] is stored, so its bytes can be damaged in place). */
export function zipParts(parts: Record<string, string | Uint8Array | readonly [string, 0]>): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, content] of Object.entries(parts)) {
    if (typeof content === 'string') zippable[name] = strToU8(content);
    else if (content instanceof Uint8Array) zippable[name] = content;
    else zippable[name] = [strToU8(content[0]), { level: 0 }];
  }
  return zipSync(zippable, { mtime: new Date('2018-06-10T00:00:00Z') });
}

export function xlsx(spec: WorkbookSpec): Uint8Array {
  return zipParts(workbookParts(spec));
}

/** One sheet "S" with these rows. */
export function oneSheet(data: string, extra: Omit<WorkbookSpec, 'sheets'> & { after?: string; rels?: string } = {}): Uint8Array {
  const { after, rels, ...rest } = extra;
  return xlsx({ ...rest, sheets: [{ name: 'S', data, ...(after === undefined ? {} : { after }), ...(rels === undefined ? {} : { rels }) }] });
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Offset of `needle` (ASCII) in the bytes, -1 when absent. */
export function indexOfAscii(bytes: Uint8Array, needle: string, from = 0): number {
  const first = needle.charCodeAt(0);
  outer: for (let i = bytes.indexOf(first, from); i >= 0; i = bytes.indexOf(first, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}

/** What `work` throws (the test fails when it throws nothing), to match its fields. */
export function thrown(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error, none was thrown');
}
