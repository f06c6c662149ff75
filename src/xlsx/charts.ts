import { absolute, parseAddress, sheetRef } from '../core/layout/a1';
import type { ChartSpec, WorkbookLayout } from '../core/layout/types';
import { LayoutRenderError } from './errors';
import { escapeXml, unescapeXml, type PackageEditor } from './packageEditor';

/**
 * exceljs cannot write charts, so native charts are added to the package it wrote: one drawing
 * part per sheet with charts, one chart part per chart, their relationships and content types.
 * The series point at ranges on the sheet and carry no cached values; Excel fills them on open
 * (the workbook is marked fullCalcOnLoad), as it does for charts written by openpyxl.
 *
 * Reading such a file back with exceljs works, but exceljs drops the charts if it re-saves it.
 */

const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const REL_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
const NS_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

export async function addCharts(pkg: PackageEditor, layout: WorkbookLayout): Promise<void> {
  const withCharts = layout.sheets.filter((s) => (s.charts?.length ?? 0) > 0);
  if (withCharts.length === 0) return;
  const sheetParts = await sheetPartsByName(pkg);
  let contentTypes = await pkg.mustRead('[Content_Types].xml');
  let chartNumber = 0;
  let drawingNumber = 0;

  for (const sheet of withCharts) {
    const part = sheetParts.get(sheet.name);
    if (!part) throw new LayoutRenderError(sheet.name, 'the written package has no part for this sheet');
    const sheetXml = await pkg.mustRead(part);
    if (/<drawing\b/.test(sheetXml)) throw new LayoutRenderError(sheet.name, 'charts cannot be added to a sheet that already has a drawing');
    drawingNumber++;
    const drawingPart = `xl/drawings/drawing${drawingNumber}.xml`;
    const anchors: string[] = [];
    const drawingRels: string[] = [];
    (sheet.charts ?? []).forEach((chart, i) => {
      chartNumber++;
      const chartPart = `xl/charts/chart${chartNumber}.xml`;
      pkg.write(chartPart, chartXml(sheet.name, chart));
      contentTypes = addOverride(contentTypes, `/${chartPart}`, CT_CHART);
      drawingRels.push(`<Relationship Id="rId${i + 1}" Type="${REL_CHART}" Target="../charts/chart${chartNumber}.xml"/>`);
      anchors.push(anchorXml(chart, i + 1, chartNumber));
    });
    pkg.write(drawingPart, drawingXml(anchors));
    pkg.write(`xl/drawings/_rels/drawing${drawingNumber}.xml.rels`, relsXml(drawingRels));
    contentTypes = addOverride(contentTypes, `/${drawingPart}`, CT_DRAWING);

    const relsPart = part.replace(/^(.*\/)([^/]+)$/, '$1_rels/$2.rels');
    const existing = (await pkg.read(relsPart)) ?? relsXml([]);
    const ids = [...existing.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]));
    const rId = `rId${Math.max(0, ...ids) + 1}`;
    pkg.write(
      relsPart,
      existing.replace(
        '</Relationships>',
        `<Relationship Id="${rId}" Type="${REL_DRAWING}" Target="../drawings/drawing${drawingNumber}.xml"/></Relationships>`,
      ),
    );
    pkg.write(part, insertDrawing(sheetXml, rId));
  }
  pkg.write('[Content_Types].xml', contentTypes);
}

/** Sheet name → its part ("xl/worksheets/sheet1.xml"), from workbook.xml and its relationships. */
export async function sheetPartsByName(pkg: PackageEditor): Promise<Map<string, string>> {
  const workbook = await pkg.mustRead('xl/workbook.xml');
  const rels = await pkg.mustRead('xl/_rels/workbook.xml.rels');
  const targets = new Map<string, string>();
  for (const rel of rels.match(/<Relationship\b[^>]*>/g) ?? []) {
    const id = attribute(rel, 'Id');
    const target = attribute(rel, 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const sheet of workbook.match(/<sheet\b[^>]*>/g) ?? []) {
    const name = attribute(sheet, 'name');
    const target = targets.get(attribute(sheet, 'r:id') ?? '');
    if (name !== null && target) parts.set(unescapeXml(name), target);
  }
  return parts;
}

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name.replace(':', '\\:')}="([^"]*)"`).exec(tag);
  return match?.[1] ?? null;
}

/** CT_Worksheet wants <drawing> after the page setup and before these elements. */
function insertDrawing(sheetXml: string, rId: string): string {
  const tag = `<drawing r:id="${rId}"/>`;
  const before = /<(legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/.exec(sheetXml);
  const at = before ? before.index : sheetXml.lastIndexOf('</worksheet>');
  return sheetXml.slice(0, at) + tag + sheetXml.slice(at);
}

function addOverride(contentTypes: string, partName: string, type: string): string {
  return contentTypes.replace('</Types>', `<Override PartName="${partName}" ContentType="${type}"/></Types>`);
}

function relsXml(relationships: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_REL}">${relationships.join('')}</Relationships>`;
}

function drawingXml(anchors: readonly string[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    anchors.join('') +
    '</xdr:wsDr>'
  );
}

function anchorXml(chart: ChartSpec, relIndex: number, chartNumber: number): string {
  const from = parseAddress(chart.from);
  const to = parseAddress(chart.to);
  const marker = (tag: string, col: number, row: number): string =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    '<xdr:twoCellAnchor editAs="oneCell">' +
    // zero-based markers; "to" is the cell after the last covered one, so the chart covers chart.to
    marker('from', from.column - 1, from.row - 1) +
    marker('to', to.column, to.row) +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${chartNumber + 1}" name="${escapeXml(`Chart ${chartNumber}`)}" descr="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId${relIndex}"/>` +
    '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
  );
}

export function chartXml(sheetName: string, chart: ChartSpec): string {
  const ref = (range: string): string => escapeXml(sheetRef(sheetName, absolute(range)));
  const series = chart.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx><c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${ref(chart.categories)}</c:f></c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${ref(s.values)}</c:f></c:numRef></c:val></c:ser>`,
    )
    .join('');
  const horizontal = chart.kind === 'clusteredBar';
  const axis = (tag: 'catAx' | 'valAx', id: number, cross: number, pos: string, extra: string): string =>
    `<c:${tag}><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${pos}"/>` +
    (tag === 'valAx' ? '<c:majorGridlines/>' : '') +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${cross}"/><c:crosses val="autoZero"/>${extra}</c:${tag}>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<c:roundedCorners val="0"/><c:chart>' +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>' +
    `<c:barChart><c:barDir val="${horizontal ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}` +
    '<c:gapWidth val="150"/><c:axId val="10"/><c:axId val="100"/></c:barChart>' +
    axis('catAx', 10, 100, horizontal ? 'l' : 'b', '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/>') +
    axis('valAx', 100, 10, horizontal ? 'b' : 'l', '<c:crossBetween val="between"/>') +
    '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    '</c:chart></c:chartSpace>'
  );
}
