import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  HighlightColor,
  PageNumber,
  PageOrientation,
  Packer,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import type { DocAlign, DocBlock, DocTable, ReportDocument } from '../core/report';

/**
 * Nghị định 30/2020/NĐ-CP appendix I, for Word: A4 portrait; margins top and bottom 20–25 mm, left
 * 30–35 mm, right 15–20 mm (the smallest of each, as the sheet report uses); Times New Roman, body 14 pt; page numbers
 * top centre from page 2; paragraphs justified with a 1.27 cm first-line indent and at least 6 pt
 * between them, single-spaced.
 */
export const DOCX_PAGE = {
  widthMm: 210,
  heightMm: 297,
  margins: { top: 20, bottom: 20, left: 30, right: 15 },
} as const;
export const DOCX_FONT = 'Times New Roman';
/** Points. */
export const BODY_PT = 14;
const FIRST_LINE_TWIP = 720;
const PARAGRAPH_GAP_TWIP = 120;
const TEXT_WIDTH_MM = DOCX_PAGE.widthMm - DOCX_PAGE.margins.left - DOCX_PAGE.margins.right;
/** The header block's left column (issuing body, number), the rest for the national name. */
const HEADER_LEFT_MM = 64;
/** The "Nơi nhận" column beside the signature block. */
const RECIPIENTS_MM = 78;

const half = (pt: number): number => pt * 2;
/** Millimetres to twentieths of a point, rounded up (docx's own helper floors: 20 mm would become 19.99 mm, under the decree's minimum). */
export const twip = (mm: number): number => Math.ceil((mm * 1440) / 25.4 - 1e-9);
const run = (text: string, options: { size?: number; bold?: boolean; italics?: boolean; underline?: boolean; highlight?: boolean } = {}): TextRun =>
  new TextRun({
    text,
    size: half(options.size ?? BODY_PT),
    ...(options.bold === true ? { bold: true } : {}),
    ...(options.italics === true ? { italics: true } : {}),
    ...(options.underline === true ? { underline: {} } : {}),
    ...(options.highlight === true ? { highlight: HighlightColor.YELLOW } : {}),
  });

const ALIGN: Record<DocAlign, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

/** A centred line of the header or title, no spacing of its own. */
function centred(children: TextRun[], extra: Partial<IParagraphOptions> = {}): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 }, children, ...extra });
}

/**
 * A short rule under the issuing body or the title, as the decree draws it: a paragraph border
 * between indents, so it stays a line (not characters) whatever the font.
 */
function rule(widthMm: number, ruleMm: number): Paragraph {
  const side = twip(Math.max(0, (widthMm - ruleMm) / 2));
  return new Paragraph({
    spacing: { before: 0, after: 0, line: 120 },
    indent: { left: side, right: side },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}

const NO_BORDERS = TableBorders.NONE;

function columnTwips(weights: readonly number[], widthMm: number): number[] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  const twips = twip(widthMm);
  return weights.map((w) => Math.round((twips * w) / total));
}

/** Two cells side by side without borders, for the header and the signature block. */
function twoColumns(left: Paragraph[], right: Paragraph[], leftMm: number): Table {
  const widths = columnTwips([leftMm, TEXT_WIDTH_MM - leftMm], TEXT_WIDTH_MM);
  const cell = (children: Paragraph[], width: number): TableCell =>
    new TableCell({ children, borders: NO_BORDERS, width: { size: width, type: WidthType.DXA }, margins: { left: 0, right: 0 } });
  return new Table({
    // One row that never splits: the recipients and the signer stay together on a page.
    rows: [new TableRow({ cantSplit: true, children: [cell(left, widths[0] ?? 0), cell(right, widths[1] ?? 0)] })],
    columnWidths: widths,
    width: { size: twip(TEXT_WIDTH_MM), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
  });
}

function headerBlock(doc: ReportDocument): Table {
  const size = 13;
  const left = [
    ...(doc.header.superior === null ? [] : [centred([run(doc.header.superior, { size })])]),
    ...doc.header.bodyLines.map((line) => centred([run(line, { size, bold: true })])),
    rule(HEADER_LEFT_MM, 22),
    centred([run(doc.header.number, { size })], { spacing: { before: 120, after: 0 } }),
  ];
  const right = [
    // 12 pt, the low end of the decree's 12–13, keeps the national name on one line beside the issuer.
    centred([run(doc.header.nation, { size: 12, bold: true })]),
    centred([run(doc.header.motto, { size: 14, bold: true, underline: true })]),
    centred([run(doc.header.placeDate, { size: 14, italics: true })], { spacing: { before: 240, after: 0 } }),
  ];
  return twoColumns(left, right, HEADER_LEFT_MM);
}

/** Running text (justified), or a heading (left, kept with what follows so it never ends a page). */
function bodyParagraph(children: TextRun[], heading = false): Paragraph {
  return new Paragraph({
    alignment: heading ? AlignmentType.LEFT : AlignmentType.JUSTIFIED,
    spacing: { before: PARAGRAPH_GAP_TWIP, after: 0 },
    indent: { firstLine: FIRST_LINE_TWIP },
    ...(heading ? { keepNext: true, keepLines: true } : {}),
    children,
  });
}

function dataTable(table: DocTable): Table {
  const widths = columnTwips(
    table.columns.map((c) => c.weight),
    TEXT_WIDTH_MM,
  );
  const cell = (text: string, align: DocAlign, bold: boolean, width: number): TableCell =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      margins: { left: 45, right: 45, top: 20, bottom: 20 },
      children: [new Paragraph({ alignment: ALIGN[align], spacing: { before: 0, after: 0 }, children: [run(text, { size: table.fontSize, bold })] })],
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map((c, i) => cell(c.header, 'center', true, widths[i] ?? 0)),
  });
  const rows = table.rows.map(
    (values, r) =>
      new TableRow({
        cantSplit: true,
        children: table.columns.map((c, i) => cell(values[i] ?? '', c.align, table.totalRow && r === table.rows.length - 1, widths[i] ?? 0)),
      }),
  );
  return new Table({
    rows: [header, ...rows],
    columnWidths: widths,
    width: { size: twip(TEXT_WIDTH_MM), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
  });
}

function block(b: DocBlock): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
    case 'subheading':
      return [bodyParagraph([run(b.text, { bold: true })], true)];
    case 'paragraph':
      return [bodyParagraph([run(b.text)])];
    case 'placeholder':
      return [bodyParagraph([run(b.text, { italics: true, highlight: true })])];
    case 'note':
      return [new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { before: 60, after: 0 }, children: [run(b.text, { size: 12, italics: true })] })];
    case 'caption':
      return [centred([run(b.text, { bold: true })], { spacing: { before: 240, after: 120 }, keepNext: true })];
    case 'table':
      return [new Paragraph({ spacing: { before: 0, after: 0, line: 120 }, keepNext: true, children: [] }), dataTable(b.table)];
  }
}

function signatureBlock(doc: ReportDocument): Table {
  const left = [
    new Paragraph({ spacing: { before: 0, after: 0 }, children: [run(doc.recipientsLabel, { size: 12, bold: true, italics: true })] }),
    ...doc.recipients.map((line) => new Paragraph({ spacing: { before: 0, after: 0 }, children: [run(line, { size: 11 })] })),
  ];
  const right = [
    ...doc.signer.titles.map((title) => centred([run(title, { bold: true })])),
    // Room for the hand or digital signature and the seal.
    ...Array.from({ length: 4 }, () => centred([run('')])),
    centred([run(doc.signer.name, { bold: true })]),
  ];
  return twoColumns(left, right, RECIPIENTS_MM);
}

/** Page numbers top centre, from page 2: a PAGE field in the default header, an empty first-page header. */
function pageHeaders(): { default: Header; first: Header } {
  return {
    default: new Header({
      children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: half(BODY_PT) })] })],
    }),
    first: new Header({ children: [new Paragraph({ children: [] })] }),
  };
}

/**
 * The Word document of a report model: one A4 section whose first page has its own (empty) header,
 * the appendix on a new page of the same section so the numbering runs on.
 */
export function reportDocx(doc: ReportDocument): Document {
  const children: (Paragraph | Table)[] = [
    headerBlock(doc),
    centred([run(doc.title, { bold: true })], { spacing: { before: 360, after: 0 } }),
    centred([run(doc.subtitle, { bold: true })]),
    centred([run(doc.dataRange, { italics: true })]),
    rule(TEXT_WIDTH_MM, 35),
    ...doc.body.flatMap(block),
    new Paragraph({ spacing: { before: 240, after: 0 }, children: [] }),
    signatureBlock(doc),
  ];
  if (doc.appendix !== null) {
    children.push(
      centred([run(doc.appendix.title, { bold: true })], { pageBreakBefore: true }),
      centred([run(doc.appendix.subtitle, { italics: true })]),
      rule(TEXT_WIDTH_MM, 35),
      ...doc.appendix.body.flatMap(block),
    );
  }
  const { margins } = DOCX_PAGE;
  return new Document({
    creator: 'cchc-addin',
    title: `${doc.title} ${doc.subtitle}`,
    styles: { default: { document: { run: { font: DOCX_FONT, size: half(BODY_PT) } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: twip(DOCX_PAGE.widthMm), height: twip(DOCX_PAGE.heightMm), orientation: PageOrientation.PORTRAIT },
            margin: {
              top: twip(margins.top),
              bottom: twip(margins.bottom),
              left: twip(margins.left),
              right: twip(margins.right),
              header: twip(10),
              footer: twip(10),
            },
          },
        },
        headers: pageHeaders(),
        children,
      },
    ],
  });
}

/** The .docx file's bytes (a zip), in Node and in the browser alike. */
export async function reportDocxBytes(doc: ReportDocument): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await Packer.toArrayBuffer(reportDocx(doc)));
}
