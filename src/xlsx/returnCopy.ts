import { columnLetters, parseAddress } from '../core/layout/a1';
import { t } from '../core/i18n/format';
import type { CellNote, ReturnListSheet } from '../core/review/returnList';
import { CorruptXlsxError } from './errors';
import { escapeXml, PackageEditor, unescapeXml } from './packageEditor';
import { readRelationships, relsPartOf } from './read/relationships';
import { readSharedStrings } from './read/sharedStrings';
import { attr, startTags } from './read/xmlText';

/**
 * A copy of a unit's own .xlsx with what to fix marked in it (issue 15): a note (Excel's legacy
 * "comment", ECMA-376 part 1 §18.7) at every cell to fix and a first sheet listing them with
 * links. The unit's workbook is edited at the package level, not re-written by a library, so its
 * charts, tables, formatting and macros-free extras come back exactly as sent: only the parts
 * named below change.
 *
 * Parts touched: the workbook (a first <sheet>, definedName sheet indexes moved by one, the
 * active tab), its relationships, [Content_Types].xml, styles (a few fonts/fills/borders/xfs
 * appended, none changed), the sheets that get notes (a <legacyDrawing> when they had none) and
 * the one that was selected (tabSelected cleared, so two sheets are not grouped on opening), plus
 * new comment, VML and sheet parts. Changed parts are deflated again.
 *
 * Notes follow how Excel itself writes them: a comments part with an author, and a VML drawing
 * holding one hidden text-box shape per note (Excel does not show a note without its shape).
 *
 * A unit often sends back the copy it received, fixed or not: the earlier round's notes (ours, by
 * author or by text) are removed with their shapes before the new ones go in, and the earlier list
 * sheet is replaced in place, so a fixed cell carries no note and nothing is doubled.
 */

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_SHEET = `${NS_REL}/worksheet`;
const REL_COMMENTS = `${NS_REL}/comments`;
const REL_VML = `${NS_REL}/vmlDrawing`;
const REL_STYLES = `${NS_REL}/styles`;
const CT_SHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const CT_COMMENTS = 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml';
const CT_VML = 'application/vnd.openxmlformats-officedocument.vmlDrawing';
const CT_STYLES = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
/** Excel keeps at most 32,767 characters in a cell or a note. */
const MAX_TEXT = 32767;

export interface ReturnCopyInput {
  /** The unit's file as sent. Never modified: the copy is new bytes. */
  readonly bytes: Uint8Array;
  readonly notes: readonly CellNote[];
  readonly list: ReturnListSheet;
  /** The notes' author as Excel shows it ("Phòng Nội vụ"). */
  readonly author: string;
}

/**
 * The copy's bytes. Throws CorruptXlsxError when the package lacks a workbook part or its
 * relationships (a file that was read before cannot, so this is a defect or a swapped file).
 * Notes for a sheet the workbook does not list are skipped (core/review only makes notes for
 * sheets it was told of).
 */
export async function makeReturnCopy(input: ReturnCopyInput): Promise<Uint8Array> {
  const pkg = Package.open(input.bytes);
  const workbookPath = await pkg.officeDocument();
  const workbookRelsPath = relsPartOf(workbookPath);
  let workbook = await pkg.mustText(workbookPath);
  let workbookRels = (await pkg.text(workbookRelsPath)) ?? emptyRels();
  let types = await pkg.mustText('[Content_Types].xml');

  const sheets = sheetsOf(workbook, workbookRels, workbookPath);
  const earlier = sheets.find((s) => sameName(s.name, input.list.name));
  if (earlier !== undefined && !(await isReturnList(pkg, earlier.path, workbookRels, workbookPath))) {
    throw new RangeError(`the list's name is a sheet of the unit's: ${input.list.name}`);
  }

  // The earlier round's notes go first, so a fixed cell keeps none and none is doubled.
  for (const sheet of sheets) await removeOurNotes(pkg, sheet.path, input.author);

  // Notes, sheet by sheet.
  const bySheet = new Map<string, CellNote[]>();
  for (const note of input.notes) if (earlier === undefined || note.sheet !== earlier.name) bySheet.set(note.sheet, [...(bySheet.get(note.sheet) ?? []), note]);
  let idMap = await pkg.maxVmlIdMap();
  for (const [name, notes] of bySheet) {
    const sheet = sheets.find((s) => s.name === name);
    if (sheet === undefined) continue;
    idMap += 1;
    types = await addNotes(pkg, sheet.path, notes, input.author, idMap, types);
  }

  // Styles for the list.
  const stylesRel = readRelationships(workbookRels, workbookPath).find((r) => r.kind === 'styles');
  let stylesPath: string;
  if (stylesRel === undefined) {
    stylesPath = pkg.freeName('xl/styles', '.xml');
    workbookRels = addRelationship(workbookRels, REL_STYLES, relativeTarget(workbookPath, stylesPath)).rels;
    pkg.write(stylesPath, MINIMAL_STYLES);
    types = addOverride(types, stylesPath, CT_STYLES);
  } else {
    stylesPath = stylesRel.target;
  }
  const added = appendListStyles(await pkg.mustText(stylesPath));
  pkg.write(stylesPath, added.xml);

  // The list sheet, first: the earlier round's list is replaced in place, its part holding the new list.
  if (earlier === undefined) {
    const listPath = pkg.freeName('xl/worksheets/sheet', '.xml');
    const rel = addRelationship(workbookRels, REL_SHEET, relativeTarget(workbookPath, listPath));
    workbookRels = rel.rels;
    pkg.write(listPath, listSheetXml(input.list, added.styles));
    types = addOverride(types, listPath, CT_SHEET);
    workbook = insertFirstSheet(workbook, input.list.name, rel.id, input.list);
  } else {
    pkg.write(earlier.path, listSheetXml(input.list, added.styles));
    // The new list links by location only: whatever the old one's part pointed to is let go.
    if ((await pkg.text(relsPartOf(earlier.path))) !== null) pkg.write(relsPartOf(earlier.path), emptyRels());
    workbook = moveSheetFirst(workbook, earlier.name, input.list);
  }
  // The sheet that was selected would stay selected beside the list: two selected tabs are a group, and typing would go to both.
  for (const sheet of sheets) {
    if (sheet === earlier) continue;
    const xml = await pkg.text(sheet.path);
    if (xml !== null && /\btabSelected="(1|true)"/.test(xml)) pkg.write(sheet.path, xml.replace(/\s+tabSelected="(1|true)"/g, ''));
  }

  pkg.write(workbookPath, workbook);
  pkg.write(workbookRelsPath, workbookRels);
  pkg.write('[Content_Types].xml', types);
  return pkg.toBytes();
}

/**
 * The names of the workbook's sheets, in tab order, that a new list sheet must not take: every sheet
 * but an earlier round's list (a sheet whose A1 is the list's title, in either language), which
 * makeReturnCopy replaces in place when the new list has its name. Only those sheets' parts whose
 * name could be a list's are inflated. Throws CorruptXlsxError like makeReturnCopy.
 */
export async function workbookSheetNames(bytes: Uint8Array): Promise<string[]> {
  const pkg = Package.open(bytes);
  const workbookPath = await pkg.officeDocument();
  const rels = (await pkg.text(relsPartOf(workbookPath))) ?? emptyRels();
  const names: string[] = [];
  for (const sheet of sheetsOf(await pkg.mustText(workbookPath), rels, workbookPath)) {
    if (!(LIST_NAME.test(sheet.name.normalize('NFC')) && (await isReturnList(pkg, sheet.path, rels, workbookPath)))) names.push(sheet.name);
  }
  return names;
}

// ---------------------------------------------------------------- an earlier round

const LIST_NAMES = [t('review.sheetName', {}, 'vi'), t('review.sheetName', {}, 'en')];
const LIST_TITLES = new Set([t('review.title', {}, 'vi'), t('review.title', {}, 'en')]);
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A list sheet's name as returnList gives it: "Cần sửa", "Cần sửa (2)", "To fix". */
const LIST_NAME = new RegExp(`^(?:${LIST_NAMES.map(escapeRegExp).join('|')})(?: \\(\\d+\\))?$`, 'iu');

const sameName = (a: string, b: string): boolean => a.normalize('NFC').toLocaleLowerCase('vi') === b.normalize('NFC').toLocaleLowerCase('vi');

/** Whether the sheet at `path` is a list this tool wrote: its A1 holds the list's title (inline, or shared once Excel or exceljs saved it). */
async function isReturnList(pkg: Package, path: string, workbookRels: string, workbookPath: string): Promise<boolean> {
  const xml = await pkg.text(path);
  const cell = xml === null ? null : /<(?:\w+:)?c\b(?=[^>]*\br="A1")([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/.exec(xml);
  if (cell === null) return false;
  const inner = cell[2] ?? '';
  const texts = (part: string): string => [...part.matchAll(/<(?:\w+:)?t\b[^>]*>([\s\S]*?)<\/(?:\w+:)?t>/g)].map((m) => unescapeXml(m[1] ?? '')).join('');
  if (/\bt="inlineStr"/.test(cell[1] ?? '')) return LIST_TITLES.has(texts(inner));
  if (!/\bt="s"/.test(cell[1] ?? '')) return false;
  const index = Number(/<(?:\w+:)?v>\s*(\d+)\s*</.exec(inner)?.[1] ?? NaN);
  const stringsRel = readRelationships(workbookRels, workbookPath).find((r) => r.kind === 'sharedStrings');
  const shared = stringsRel === undefined ? null : await pkg.text(stringsRel.target);
  return shared !== null && Number.isInteger(index) && LIST_TITLES.has(readSharedStrings(shared)[index] ?? '');
}

/**
 * Removes the earlier rounds' notes from the sheet at `path`: every comment by `author`, or whose
 * every line is "<author>: …" (exceljs saves all notes as by "Author"), with its VML shape (anchored
 * by x:Row/x:Column, counted from 0); and, in a note the unit wrote, the lines we added after it.
 * An emptied commentList stays (CT_CommentList's comments are minOccurs 0, ECMA-376 part 1 §18.7.4).
 */
async function removeOurNotes(pkg: Package, sheetPath: string, author: string): Promise<void> {
  const rels = await pkg.text(relsPartOf(sheetPath));
  if (rels === null) return;
  const linked = readRelationships(rels, sheetPath);
  const commentsPath = linked.find((r) => r.kind === 'comments')?.target;
  const comments = commentsPath === undefined ? null : await pkg.text(commentsPath);
  if (commentsPath === undefined || comments === null) return;
  const p = rootPrefix(comments, 'comments');
  const authors = [
    ...(new RegExp(`<${p}authors>([\\s\\S]*?)</${p}authors>`).exec(comments)?.[1] ?? '').matchAll(new RegExp(`<${p}author>([\\s\\S]*?)</${p}author>`, 'g')),
  ].map((m) => unescapeXml(m[1] ?? ''));
  const mark = `${author}: `;
  const textOf = (xml: string): string =>
    [...xml.matchAll(new RegExp(`<${p}t\\b[^>]*>([\\s\\S]*?)</${p}t>`, 'g'))].map((m) => unescapeXml(m[1] ?? '')).join('');
  const removed: { row: number; column: number }[] = [];
  const kept = comments.replace(new RegExp(`<${p}comment\\b([^>]*)>([\\s\\S]*?)</${p}comment>`, 'g'), (whole, attrs: string, inner: string) => {
    const by = authors[Number(/\bauthorId="(\d+)"/.exec(attrs)?.[1] ?? -1)];
    const lines = textOf(inner)
      .split('\n')
      .filter((line) => line.trim() !== '');
    if (by === author || (lines.length > 0 && lines.every((line) => line.startsWith(mark)))) {
      const ref = /\bref="([A-Z]+\d+)"/.exec(attrs)?.[1];
      if (ref !== undefined) {
        const at = parseAddress(ref);
        removed.push({ row: at.row - 1, column: at.column - 1 });
      }
      return '';
    }
    // The unit's own note: the runs we appended ("\n<author>: …") go, its own text stays.
    return whole.replace(new RegExp(`<${p}r>(?:(?!</${p}r>)[\\s\\S])*</${p}r>`, 'g'), (run) => (textOf(run).startsWith(`\n${mark}`) ? '' : run));
  });
  if (kept === comments) return;
  pkg.write(commentsPath, kept);
  const vmlPath = linked.find((r) => r.kind === 'vmlDrawing')?.target;
  const vml = vmlPath === undefined ? null : await pkg.text(vmlPath);
  if (vmlPath === undefined || vml === null || removed.length === 0) return;
  const gone = new Set(removed.map((r) => `${r.row}:${r.column}`));
  const shapes = vml.replace(/<v:shape\b[^>]*>[\s\S]*?<\/v:shape>/g, (shape) => {
    if (!/ObjectType="Note"/.test(shape)) return shape;
    const row = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(shape)?.[1];
    const column = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(shape)?.[1];
    return row !== undefined && column !== undefined && gone.has(`${row}:${column}`) ? '' : shape;
  });
  pkg.write(vmlPath, shapes);
}

// ---------------------------------------------------------------- notes

async function addNotes(pkg: Package, sheetPath: string, notes: readonly CellNote[], author: string, idMap: number, types: string): Promise<string> {
  const relsPath = relsPartOf(sheetPath);
  let rels = (await pkg.text(relsPath)) ?? emptyRels();
  const existing = readRelationships(rels, sheetPath);
  const commentsRel = existing.find((r) => r.kind === 'comments');
  const vmlRel = existing.find((r) => r.kind === 'vmlDrawing');

  let commentsPath: string;
  let comments: string;
  if (commentsRel === undefined) {
    commentsPath = pkg.freeName('xl/comments', '.xml');
    comments = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${NS_MAIN}"><authors></authors><commentList></commentList></comments>`;
    rels = addRelationship(rels, REL_COMMENTS, relativeTarget(sheetPath, commentsPath)).rels;
    types = addOverride(types, commentsPath, CT_COMMENTS);
  } else {
    commentsPath = commentsRel.target;
    comments = await pkg.mustText(commentsPath);
  }

  let vmlPath: string;
  let vml: string;
  if (vmlRel === undefined) {
    vmlPath = pkg.freeName('xl/drawings/vmlDrawing', '.vml');
    vml = newVml(idMap);
    const added = addRelationship(rels, REL_VML, relativeTarget(sheetPath, vmlPath));
    rels = added.rels;
    pkg.write(sheetPath, insertLegacyDrawing(await pkg.mustText(sheetPath), added.id));
    if (!/<Default\s[^>]*Extension="vml"/i.test(types)) types = types.replace(/<\/Types>\s*$/, `<Default Extension="vml" ContentType="${CT_VML}"/></Types>`);
  } else {
    vmlPath = vmlRel.target;
    vml = await pkg.mustText(vmlPath);
    if (!vml.includes('_x0000_t202')) vml = vml.replace(/(<\/o:shapelayout>|<xml[^>]*>)/, `$1${NOTE_SHAPETYPE}`);
  }

  const prefix = rootPrefix(comments, 'comments');
  const authorId = ensureAuthor(comments, prefix, author);
  comments = authorId.xml;
  let nextShape = maxShapeId(vml, idMap);
  const shapes: string[] = [];
  const added: string[] = [];
  for (const note of notes) {
    const text = cleanText(note.text);
    const at = new RegExp(`(<${prefix}comment\\s[^>]*ref="${note.cell}"[^>]*>[\\s\\S]*?)(</${prefix}text>)`);
    if (at.test(comments)) {
      // The unit's own note stays first; ours follows it on a new line.
      comments = comments.replace(at, `$1<${prefix}r><${prefix}t xml:space="preserve">\n${escapeXml(text)}</${prefix}t></${prefix}r>$2`);
      continue;
    }
    added.push(
      `<${prefix}comment ref="${note.cell}" authorId="${authorId.id}"><${prefix}text><${prefix}r><${prefix}t xml:space="preserve">${escapeXml(text)}</${prefix}t></${prefix}r></${prefix}text></${prefix}comment>`,
    );
    nextShape += 1;
    shapes.push(noteShape(nextShape, note.cell, text));
  }
  comments = comments.includes(`</${prefix}commentList>`)
    ? comments.replace(`</${prefix}commentList>`, `${added.join('')}</${prefix}commentList>`)
    : comments.replace(`</${prefix}comments>`, `<${prefix}commentList>${added.join('')}</${prefix}commentList></${prefix}comments>`);
  vml = vml.replace(/<\/xml>\s*$/, `${shapes.join('')}</xml>`);

  pkg.write(commentsPath, comments);
  pkg.write(vmlPath, vml);
  pkg.write(relsPath, rels);
  return types;
}

function ensureAuthor(comments: string, prefix: string, author: string): { xml: string; id: number } {
  const block = new RegExp(`<${prefix}authors\\s*/>|<${prefix}authors>([\\s\\S]*?)</${prefix}authors>`).exec(comments);
  const names = block?.[1] === undefined ? [] : [...block[1].matchAll(new RegExp(`<${prefix}author>([\\s\\S]*?)</${prefix}author>`, 'g'))].map((m) => m[1]);
  const mine = escapeXml(author);
  const found = names.indexOf(mine);
  if (found >= 0) return { xml: comments, id: found };
  const element = `<${prefix}author>${mine}</${prefix}author>`;
  if (block === null) return { xml: comments.replace(/(<(?:\w+:)?comments\b[^>]*>)/, `$1<${prefix}authors>${element}</${prefix}authors>`), id: 0 };
  const replaced = `<${prefix}authors>${block[1] ?? ''}${element}</${prefix}authors>`;
  return { xml: comments.slice(0, block.index) + replaced + comments.slice(block.index + block[0].length), id: names.length };
}

const NOTE_SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

function newVml(idMap: number): string {
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${idMap}"/></o:shapelayout>${NOTE_SHAPETYPE}</xml>`
  );
}

/** Shape ids live in blocks of 1,024 per drawing (the idmap); continue after the highest in this one. */
function maxShapeId(vml: string, idMap: number): number {
  const ids = [...vml.matchAll(/_x0000_s(\d+)/g)].map((m) => Number(m[1]));
  return Math.max(idMap * 1024, ...ids);
}

function noteShape(id: number, cell: string, text: string): string {
  // VML anchors and <x:Row>/<x:Column> count from 0.
  const at = parseAddress(cell);
  const [row, column] = [at.row - 1, at.column - 1];
  const lines = Math.min(12, 2 + Math.ceil(text.length / 40) + (text.match(/\n/g)?.length ?? 0));
  const anchor = [column + 1, 15, Math.max(0, row - 1), 10, column + 4, 15, Math.max(0, row - 1) + lines, 4].join(', ');
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:200pt;height:${lines * 15}pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill>` +
    `<x:Row>${row}</x:Row><x:Column>${column}</x:Column></x:ClientData></v:shape>`
  );
}

/** Inserts <legacyDrawing> where the worksheet schema puts it (CT_Worksheet, ECMA-376 part 1 §18.3.1.99): after everything up to <drawing>, before the rest. */
function insertLegacyDrawing(sheet: string, relId: string): string {
  const p = rootPrefix(sheet, 'worksheet');
  let xml = sheet;
  let r = namespacePrefix(xml, NS_REL);
  if (r === null) {
    r = 'r';
    xml = xml.replace(/<((?:\w+:)?worksheet)\b/, `<$1 xmlns:r="${NS_REL}"`);
  }
  const tail = xml.indexOf(`</${p}sheetData>`);
  const from = tail < 0 ? 0 : tail;
  const after = xml.slice(from);
  const followers = [`legacyDrawingHF`, `picture`, `oleObjects`, `controls`, `webPublishItems`, `tableParts`].map((name) =>
    after.search(new RegExp(`<${p}${name}[\\s/>]`)),
  );
  followers.push(after.search(/<mc:AlternateContent[\s>]/));
  const end = after.lastIndexOf(`</${p}worksheet>`);
  if (/<\/(?:\w+:)?extLst>\s*$/.test(after.slice(0, end))) followers.push(after.lastIndexOf(`<${p}extLst`));
  const found = followers.filter((i) => i >= 0);
  const at = from + (found.length > 0 ? Math.min(...found) : end);
  return `${xml.slice(0, at)}<${p}legacyDrawing ${r}:id="${relId}"/>${xml.slice(at)}`;
}

// ---------------------------------------------------------------- the list sheet

interface ListStyles {
  readonly title: number;
  readonly header: number;
  readonly body: number;
  readonly link: number;
  readonly error: number;
}

/** Appends the list's fonts, fill, border and cell formats to styles.xml; returns their xf indexes. Nothing already there changes index. */
function appendListStyles(styles: string): { xml: string; styles: ListStyles } {
  const p = rootPrefix(styles, 'styleSheet');
  let xml = styles;
  const fonts = appendTo(xml, p, 'fonts', 'font', [
    `<${p}font><${p}b/><${p}sz val="14"/><${p}name val="Times New Roman"/></${p}font>`,
    `<${p}font><${p}b/><${p}sz val="11"/><${p}name val="Times New Roman"/></${p}font>`,
    `<${p}font><${p}sz val="11"/><${p}name val="Times New Roman"/></${p}font>`,
    `<${p}font><${p}u/><${p}sz val="11"/><${p}color rgb="FF0563C1"/><${p}name val="Times New Roman"/></${p}font>`,
    `<${p}font><${p}b/><${p}sz val="11"/><${p}color rgb="FFC00000"/><${p}name val="Times New Roman"/></${p}font>`,
  ]);
  xml = fonts.xml;
  const fills = appendTo(xml, p, 'fills', 'fill', [
    `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FFD9D9D9"/></${p}patternFill></${p}fill>`,
  ]);
  xml = fills.xml;
  const side = (name: string): string => `<${p}${name} style="thin"><${p}color rgb="FF808080"/></${p}${name}>`;
  const borders = appendTo(xml, p, 'borders', 'border', [
    `<${p}border>${side('left')}${side('right')}${side('top')}${side('bottom')}<${p}diagonal/></${p}border>`,
  ]);
  xml = borders.xml;
  const f = fonts.first;
  const b = borders.first;
  const xf = (font: number, fill: number, border: number, align: string): string =>
    `<${p}xf numFmtId="0" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0" applyFont="1" applyFill="${fill === 0 ? 0 : 1}" applyBorder="${border === 0 ? 0 : 1}" applyAlignment="1"><${p}alignment ${align}/></${p}xf>`;
  const cells = appendTo(xml, p, 'cellXfs', 'xf', [
    xf(f, 0, 0, 'vertical="center"'),
    xf(f + 1, fills.first, b, 'horizontal="center" vertical="center" wrapText="1"'),
    xf(f + 2, 0, b, 'vertical="top" wrapText="1"'),
    xf(f + 3, 0, b, 'horizontal="center" vertical="top"'),
    xf(f + 4, 0, b, 'vertical="top" wrapText="1"'),
  ]);
  const x = cells.first;
  return { xml: cells.xml, styles: { title: x, header: x + 1, body: x + 2, link: x + 3, error: x + 4 } };
}

/** Appends `items` to the collection element `<list>` (creating it before the end when missing); `first` is the index of the first added. */
function appendTo(styles: string, p: string, list: string, item: string, items: readonly string[]): { xml: string; first: number } {
  const block = new RegExp(`<${p}${list}(\\s[^>]*)?(?:/>|>([\\s\\S]*?)</${p}${list}>)`).exec(styles);
  if (block === null) {
    // Order inside styleSheet matters; a styles part missing a whole collection is rare enough to put it where Excel reads it best: before cellStyleXfs/cellXfs' followers.
    const xml = styles.replace(new RegExp(`</${p}styleSheet>`), `<${p}${list} count="${items.length}">${items.join('')}</${p}${list}></${p}styleSheet>`);
    return { xml, first: 0 };
  }
  const inner = block[2] ?? '';
  const count = (inner.match(new RegExp(`<${p}${item}[\\s/>]`, 'g')) ?? []).length;
  const attributes = (block[1] ?? '').replace(/\s*count="\d+"/, '');
  const replaced = `<${p}${list}${attributes} count="${count + items.length}">${inner}${items.join('')}</${p}${list}>`;
  return { xml: styles.slice(0, block.index) + replaced + styles.slice(block.index + block[0].length), first: count };
}

function listSheetXml(list: ReturnListSheet, s: ListStyles): string {
  const columns = list.header.length;
  const rows: string[] = [];
  let r = 1;
  const row = (cells: string, height?: number): void => {
    rows.push(`<row r="${r}"${height === undefined ? '' : ` ht="${height}" customHeight="1"`}>${cells}</row>`);
    r += 1;
  };
  row(inlineCell(`A${r}`, list.title, s.title), 24);
  for (const line of list.intro) row(inlineCell(`A${r}`, line, 0));
  r += 1;
  const headerRow = r;
  row(list.header.map((h, c) => inlineCell(`${letters(c)}${r}`, h, s.header)).join(''), 30);
  const links: string[] = [];
  for (const line of list.rows) {
    const cells = line.cells.map((value, c) => {
      const ref = `${letters(c)}${r}`;
      const style = c === list.linkColumn && line.link ? s.link : line.severity === 'error' && c === 3 ? s.error : s.body;
      return typeof value === 'number' ? `<c r="${ref}" s="${style}"><v>${value}</v></c>` : inlineCell(ref, value, style);
    });
    if (line.link) {
      links.push(
        `<hyperlink ref="${letters(list.linkColumn)}${r}" location="${escapeXml(`${quoteSheet(line.link.sheet)}!${line.link.cell}`)}" display="${escapeXml(String(line.cells[list.linkColumn] ?? ''))}"/>`,
      );
    }
    row(cells.join(''));
  }
  const last = Math.max(r - 1, headerRow);
  const cols = list.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    '<sheetPr><tabColor rgb="FFC00000"/><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="A1:${letters(columns - 1)}${last}"/>` +
    `<sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="${headerRow}" topLeftCell="A${headerRow + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${letters(list.linkColumn)}${headerRow + 1}" sqref="${letters(list.linkColumn)}${headerRow + 1}"/></sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    `<cols>${cols}</cols>` +
    `<sheetData>${rows.join('')}</sheetData>` +
    (links.length > 0 ? `<hyperlinks>${links.join('')}</hyperlinks>` : '') +
    '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
    '</worksheet>'
  );
}

/** Column letters of a 0-based column index (the list's columns are counted from 0). */
const letters = (index: number): string => columnLetters(index + 1);

function inlineCell(ref: string, text: string, style: number): string {
  return `<c r="${ref}" t="inlineStr"${style === 0 ? '' : ` s="${style}"`}><is><t xml:space="preserve">${escapeXml(cleanText(text))}</t></is></c>`;
}

/** Puts the list first in <sheets>, moves every sheet-scoped defined name's index by one, opens the workbook on the list and repeats its header row when printed. */
function insertFirstSheet(workbook: string, name: string, relId: string, list: ReturnListSheet): string {
  const p = rootPrefix(workbook, 'workbook');
  let r = namespacePrefix(workbook, NS_REL);
  let xml = workbook;
  if (r === null) {
    r = 'r';
    xml = xml.replace(/<((?:\w+:)?workbook)\b/, `<$1 xmlns:r="${NS_REL}"`);
  }
  const ids = [...xml.matchAll(new RegExp(`<${p}sheet\\s[^>]*sheetId="(\\d+)"`, 'g'))].map((m) => Number(m[1]));
  const sheetId = Math.max(0, ...ids) + 1;
  xml = xml.replace(new RegExp(`<${p}sheets>`), `<${p}sheets><${p}sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${r}:id="${relId}"/>`);
  xml = xml.replace(/(<(?:\w+:)?definedName\b[^>]*\blocalSheetId=")(\d+)"/g, (_all, head: string, index: string) => `${head}${Number(index) + 1}"`);
  return openOnList(xml, p, name, list);
}

/**
 * Moves the earlier list (<sheet> named `name`) first and visible, renumbers sheet-scoped defined
 * names to follow their sheets, drops the old list's own, and opens the workbook on it as insertFirstSheet does.
 */
function moveSheetFirst(workbook: string, name: string, list: ReturnListSheet): string {
  const p = rootPrefix(workbook, 'workbook');
  const tags = [...workbook.matchAll(new RegExp(`<${p}sheet\\s[^>]*?/>`, 'g'))];
  const from = tags.findIndex((m) => sameName(attr([...startTags(m[0])][0]?.attrs ?? '', 'name') ?? '', name));
  const tag = tags[from]?.[0];
  if (tag === undefined) return workbook;
  let xml = workbook.replace(tag, '');
  xml = xml.replace(new RegExp(`<${p}sheets>`), `<${p}sheets>${tag.replace(/\s+state="[^"]*"/, '')}`);
  xml = xml.replace(new RegExp(`<${p}definedName\\b[^>]*\\blocalSheetId="(\\d+)"[^>]*(?:/>|>[\\s\\S]*?</${p}definedName>)`, 'g'), (element, index: string) => {
    const i = Number(index);
    if (i === from) return '';
    return element.replace(/\blocalSheetId="\d+"/, `localSheetId="${i < from ? i + 1 : i}"`);
  });
  xml = xml.replace(new RegExp(`<${p}definedNames>\\s*</${p}definedNames>`), '');
  return openOnList(xml, p, name, list);
}

/** Opens the workbook on the first tab (the list) and repeats the list's header row when printed. */
function openOnList(workbook: string, p: string, name: string, list: ReturnListSheet): string {
  let xml = workbook;
  // Without activeTab/firstSheet Excel opens on the first tab: the list.
  xml = xml.replace(/<(?:\w+:)?workbookView\b[^>]*>/g, (tag) => tag.replace(/\s+(?:activeTab|firstSheet)="\d+"/g, ''));
  const headerRow = 1 + list.intro.length + 2;
  const printTitles = `<${p}definedName name="_xlnm.Print_Titles" localSheetId="0">${escapeXml(quoteSheet(name))}!$${headerRow}:$${headerRow}</${p}definedName>`;
  if (new RegExp(`<${p}definedNames>`).test(xml)) return xml.replace(new RegExp(`<${p}definedNames>`), `<${p}definedNames>${printTitles}`);
  if (new RegExp(`<${p}definedNames\\s*/>`).test(xml))
    return xml.replace(new RegExp(`<${p}definedNames\\s*/>`), `<${p}definedNames>${printTitles}</${p}definedNames>`);
  return xml.replace(new RegExp(`</${p}sheets>`), `</${p}sheets><${p}definedNames>${printTitles}</${p}definedNames>`);
}

// ---------------------------------------------------------------- package plumbing

function addRelationship(rels: string, type: string, target: string): { rels: string; id: string } {
  const used = new Set(readRelationships(rels, '').map((r) => r.id));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n += 1;
  const id = `rId${n}`;
  const element = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
  const out = /<\/(?:\w+:)?Relationships>/.test(rels)
    ? rels.replace(/<\/((?:\w+:)?)Relationships>/, `${element}</$1Relationships>`)
    : rels.replace(/<((?:\w+:)?)Relationships([^>]*)\/>/, `<$1Relationships$2>${element}</$1Relationships>`);
  return { rels: out, id };
}

function emptyRels(): string {
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
}

function addOverride(types: string, path: string, contentType: string): string {
  return types.replace(/<\/Types>\s*$/, `<Override PartName="/${path}" ContentType="${contentType}"/></Types>`);
}

interface SheetEntry {
  readonly name: string;
  readonly path: string;
}

function sheetsOf(workbook: string, rels: string, workbookPath: string): SheetEntry[] {
  const targets = new Map(readRelationships(rels, workbookPath).map((r) => [r.id, r.target]));
  return [...startTags(workbook)].flatMap((tag) => {
    if (tag.name !== 'sheet') return [];
    const name = attr(tag.attrs, 'name');
    const target = targets.get(attr(tag.attrs, 'id') ?? '');
    return name === undefined || target === undefined ? [] : [{ name, path: target }];
  });
}

/** A target for `to` written relative to the folder of `from` ("../comments1.xml"). */
function relativeTarget(from: string, to: string): string {
  const a = from.split('/').slice(0, -1);
  const b = to.split('/');
  let common = 0;
  while (common < a.length && common < b.length - 1 && a[common] === b[common]) common += 1;
  return [...a.slice(common).map(() => '..'), ...b.slice(common)].join('/');
}

/** The prefix ("" or "x:") the root element `local` is written with. */
function rootPrefix(xml: string, local: string): string {
  return new RegExp(`<(\\w+:)?${local}[\\s>]`).exec(xml)?.[1] ?? '';
}

function namespacePrefix(xml: string, uri: string): string | null {
  return new RegExp(`xmlns:(\\w+)="${uri.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}"`).exec(xml)?.[1] ?? null;
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * Text that XML 1.0 can hold and Excel shows as given: control characters dropped (a unit's cell
 * may carry them into a message), "_xHHHH_" escaped so Excel does not decode it (ECMA-376 §22.9.2.19),
 * cut at Excel's 32,767 characters.
 */
function cleanText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
      .replace(/_x([0-9A-Fa-f]{4})_/g, '_x005F_x$1_')
      .slice(0, MAX_TEXT)
  );
}

const MINIMAL_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS_MAIN}">` +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/**
 * The unit's package as returnCopy edits it: PackageEditor (changed parts deflated again), with a
 * missing part reported as a damaged file, and the few questions a return copy asks of the package.
 */
class Package {
  private constructor(private readonly editor: PackageEditor) {}

  static open(bytes: Uint8Array): Package {
    return new Package(new PackageEditor(bytes));
  }

  text(name: string): Promise<string | null> {
    return this.editor.read(name);
  }

  async mustText(name: string): Promise<string> {
    const text = await this.editor.read(name);
    if (text === null) throw new CorruptXlsxError(false, undefined, name);
    return text;
  }

  write(name: string, text: string): void {
    this.editor.write(name, text);
  }

  toBytes(): Uint8Array {
    return this.editor.toBytes();
  }

  /** The workbook part named by the package relationships (xl/workbook.xml in every Excel file). */
  async officeDocument(): Promise<string> {
    const main = readRelationships(await this.mustText('_rels/.rels'), '').find((r) => r.kind === 'officeDocument');
    if (main === undefined) throw new CorruptXlsxError(false, undefined, '_rels/.rels');
    return main.target;
  }

  /** `stem` + the first number no part uses + `extension`: "xl/comments" → "xl/comments3.xml" (reserved at once). */
  freeName(stem: string, extension: string): string {
    const names = new Set(this.editor.names().map((n) => n.toLowerCase()));
    for (let n = 1; ; n++) {
      const name = `${stem}${n}${extension}`;
      if (!names.has(name.toLowerCase())) {
        this.editor.write(name, '');
        return name;
      }
    }
  }

  /** The highest VML shape block (o:idmap data) in use, so a new drawing's shape ids do not collide. */
  async maxVmlIdMap(): Promise<number> {
    let max = 0;
    for (const name of this.editor.names().filter((n) => n.toLowerCase().endsWith('.vml'))) {
      const vml = (await this.editor.read(name)) ?? '';
      for (const m of vml.matchAll(/<o:idmap\b[^>]*\bdata="([\d,\s]+)"/g)) for (const n of (m[1] ?? '').split(/[,\s]+/)) max = Math.max(max, Number(n) || 0);
    }
    return max;
  }
}
