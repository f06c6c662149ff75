import type { CellLink, RawSheet, SheetVisibility } from '../../core/ports/workbookPort';
import { CorruptXlsxError, NotXlsxError, XlsxError } from '../errors';
import { checkLeadingBytes } from './detectFormat';
import { inflatePart, inflatePartAsync, PartBuffer } from './inflatePart';
import { ReadBudget, resolveLimits, type ReadLimits } from './limits';
import { readRelationshipsPart, relsPartOf, resolvePart, type Relationship } from './relationships';
import { readSharedStringsPart } from './sharedStrings';
import { scanSheetPart, type RawLink } from './sheetScanner';
import { readDateStyles } from './styles';
import { attributes, decodePart, isTrue, startTags } from './xmlText';
import { readZipDirectory, type ZipDirectory, type ZipEntry } from './zipDirectory';

/**
 * The .xlsx reader: a zip directory checked against limits, parts inflated within their declared
 * sizes and CRC-checked, and each sheet's XML scanned once by index (no DOM, no per-cell objects).
 * Runs in Node and in the browser (TextDecoder and fflate; readXlsxAsync also DecompressionStream where present).
 */

export interface XlsxReadOptions {
  /** How formula errors (#N/A, #REF!...) read: their text (default, what the officer sees) or null. */
  readonly errors?: 'null' | 'text';
  /** Limits over the defaults (300 MB inflated, 20,000 parts, 300 MB per part, 3,000,000 cells, 60 s). */
  readonly limits?: Partial<ReadLimits>;
  /** Only the worksheets whose name passes are read (the others are not even inflated): a plan sheet looked up in many files. */
  readonly sheets?: (name: string) => boolean;
}

export interface XlsxContents {
  /** Worksheets in workbook order (chart sheets and macro sheets are not sheets of cells). */
  readonly sheets: RawSheet[];
  /** The workbook counts dates from 1904 (its date cells were shifted to 1900 serials). */
  readonly date1904: boolean;
  /** docProps/core.xml dcterms:modified as written (ISO 8601), or null. */
  readonly modified: string | null;
  /** Cells holding a value in the sheets (the budgeted count; empty styled cells are not counted). */
  readonly cells: number;
  /** The parts' total inflated size, bytes, as the zip directory declares it. */
  readonly inflatedBytes: number;
}

interface SheetEntry {
  readonly name: string;
  readonly visibility: SheetVisibility;
  readonly part: string | null;
}

/**
 * Reads an .xlsx. Throws EmptyFileError, NotXlsxError (with the format detected: xls, xlsb, ods,
 * xml2003, csv, text, html, zip, unknown), EncryptedXlsxError, CorruptXlsxError (truncated, or
 * naming the damaged part: CRC mismatch, bad deflate, DOCTYPE), TooLargeError (which limit, the
 * figures). Nothing else: an unexpected failure inside a part is reported as that part damaged.
 */
export function readXlsx(bytes: ArrayBuffer | Uint8Array, options: XlsxReadOptions = {}): XlsxContents {
  const { data, budget, steps } = startReading(bytes, options);
  let step = steps.next();
  while (step.done !== true) {
    let inflated: Uint8Array;
    try {
      inflated = inflatePart(data, step.value, budget);
    } catch (error) {
      step = steps.throw(error);
      continue;
    }
    step = steps.next(inflated);
  }
  return step.value;
}

/**
 * readXlsx with the larger parts inflated by the platform's native inflater where it has one
 * (inflatePartAsync: DecompressionStream in the browser, as gzip members whose CRC-32 the stream checks
 * where it does, else 'deflate-raw'; fflate elsewhere and for small parts), into one buffer reused from
 * part to part. The same result, errors and limits as readXlsx for the same bytes; the pane's worker
 * reads units' files with it.
 */
export async function readXlsxAsync(bytes: ArrayBuffer | Uint8Array, options: XlsxReadOptions = {}): Promise<XlsxContents> {
  const { data, budget, steps } = startReading(bytes, options);
  // the steps are done with each part's bytes before they ask for the next (readSteps), so one buffer
  // takes every natively inflated part; a read running meanwhile in the same thread takes its own
  const buffer = spareBuffer ?? new PartBuffer();
  spareBuffer = null;
  try {
    let step = steps.next();
    while (step.done !== true) {
      let inflated: Uint8Array;
      try {
        inflated = await inflatePartAsync(data, step.value, budget, buffer);
      } catch (error) {
        step = steps.throw(error);
        continue;
      }
      step = steps.next(inflated);
    }
    return step.value;
  } finally {
    if (buffer.size <= KEPT_BUFFER) spareBuffer = buffer;
  }
}

/** The part buffer the last read left for the next one, when no larger than KEPT_BUFFER (bytes): a thread keeps no more than that between reads. */
let spareBuffer: PartBuffer | null = null;
const KEPT_BUFFER = 4 * 1024 * 1024;

/**
 * The reading as steps: the generator yields each zip entry it needs inflated, in the order it needs
 * them, and is resumed with its bytes (or has the inflating's error thrown into it), so the sync and
 * the async reader share every line of the reading. Each part's bytes are decoded or scanned before
 * the next part is asked for and never kept (readXlsxAsync reuses one buffer for them).
 */
type ReadSteps = Generator<ZipEntry, XlsxContents, Uint8Array>;
type PartSteps<T> = Generator<ZipEntry, T, Uint8Array>;

function startReading(bytes: ArrayBuffer | Uint8Array, options: XlsxReadOptions): { data: Uint8Array; budget: ReadBudget; steps: ReadSteps } {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (checkLeadingBytes(data) === 'empty-zip') throw new CorruptXlsxError(false);
  const limits = resolveLimits(options.limits);
  const directory = readZipDirectory(data, limits);
  const budget = new ReadBudget(limits);
  return { data, budget, steps: readSteps(directory, budget, options) };
}

function* readSteps(directory: ZipDirectory, budget: ReadBudget, options: XlsxReadOptions): ReadSteps {
  const pkg = new Package(directory);

  const rootRels = yield* pkg.rels('');
  const workbookPart = rootRels.find((rel) => rel.kind === 'officeDocument' && !rel.external)?.target ?? 'xl/workbook.xml';
  const workbookXml = (yield* pkg.text(workbookPart)) ?? (yield* pkg.text('xl/workbook.xml'));
  if (workbookXml === null) throw new NotXlsxError(yield* foreignZipFormat(pkg));
  const workbookRels = yield* pkg.rels(workbookPart);
  const { sheets: entries, date1904 } = guard(workbookPart, () => readWorkbookXml(workbookXml, workbookPart, workbookRels));

  const sharedPart = workbookRels.find((rel) => rel.kind === 'sharedStrings')?.target ?? resolvePart(workbookPart, 'sharedStrings.xml');
  const sharedBytes = yield* pkg.bytes(sharedPart);
  const sharedStrings = sharedBytes === null ? [] : guard(sharedPart, () => readSharedStringsPart(sharedBytes, sharedPart));
  let dateStyles: Set<number> | null = null;
  if (date1904) {
    const stylesPart = workbookRels.find((rel) => rel.kind === 'styles')?.target ?? resolvePart(workbookPart, 'styles.xml');
    const stylesXml = yield* pkg.text(stylesPart);
    dateStyles = stylesXml === null ? new Set() : guard(stylesPart, () => readDateStyles(stylesXml));
  }

  const sheets: RawSheet[] = [];
  for (const entry of entries) {
    if (entry.part === null || (options.sheets !== undefined && !options.sheets(entry.name))) continue;
    const part = entry.part;
    const bytes = yield* pkg.bytes(part);
    if (bytes === null) continue;
    const scanned = guard(part, () => scanSheetPart(bytes, { sharedStrings, dateStyles, date1904, errors: options.errors ?? 'text', budget, part }));
    const links = scanned.links.length === 0 ? [] : resolveLinks(scanned.links, yield* pkg.rels(part));
    sheets.push({
      name: entry.name,
      values: scanned.values,
      origin: scanned.origin,
      visibility: entry.visibility,
      merges: scanned.merges,
      hiddenRows: scanned.hiddenRows,
      links,
    });
  }

  const corePart = rootRels.find((rel) => rel.kind === 'core-properties' || rel.kind === 'metadata/core-properties')?.target ?? 'docProps/core.xml';
  const coreXml = yield* pkg.text(corePart);
  const modified = coreXml === null ? null : /<(?:[\w.-]+:)?modified\b[^>]*>([^<]*)</.exec(coreXml)?.[1]?.trim() || null;
  const inflatedBytes = directory.entries.reduce((sum, entry) => sum + entry.size, 0);
  return { sheets, date1904, modified, cells: budget.cellCount, inflatedBytes };
}

/** The parts of the zip, asked for by name: each is yielded to the driver, which inflates it within the file's budget. */
class Package {
  constructor(private readonly directory: ZipDirectory) {}

  has(part: string): boolean {
    return this.directory.byName.has(part.toLowerCase());
  }

  *bytes(part: string): PartSteps<Uint8Array | null> {
    const entry = this.directory.byName.get(part.toLowerCase());
    return entry === undefined ? null : yield entry;
  }

  *text(part: string): PartSteps<string | null> {
    const bytes = yield* this.bytes(part);
    return bytes === null ? null : guard(part, () => decodePart(bytes, part));
  }

  /** The relationships of a part ('' for the package's own), none when its rels part is missing. */
  *rels(part: string): PartSteps<Relationship[]> {
    const relsPart = part === '' ? '_rels/.rels' : relsPartOf(part);
    const bytes = yield* this.bytes(relsPart);
    return bytes === null ? [] : guard(relsPart, () => readRelationshipsPart(bytes, part, relsPart));
  }
}

/** Turns a failure that is not ours (a RangeError, a TypeError) into "this part is damaged". */
function guard<T>(part: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof XlsxError) throw error;
    throw new CorruptXlsxError(false, error, part);
  }
}

function readWorkbookXml(xml: string, workbookPart: string, rels: readonly Relationship[]): { sheets: SheetEntry[]; date1904: boolean } {
  const byId = new Map(rels.map((rel) => [rel.id, rel]));
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  for (const tag of startTags(xml)) {
    if (tag.name === 'workbookPr') {
      date1904 = isTrue(attributes(tag.attrs).get('date1904'));
    } else if (tag.name === 'sheet') {
      const attrs = attributes(tag.attrs);
      const state = attrs.get('state');
      const visibility: SheetVisibility = state === 'hidden' ? 'hidden' : state === 'veryHidden' ? 'veryHidden' : 'visible';
      const rel = byId.get(attrs.get('id') ?? '');
      // without workbook rels, Excel's own naming is the best guess
      const part =
        rel === undefined
          ? rels.length === 0
            ? resolvePart(workbookPart, `worksheets/sheet${sheets.length + 1}.xml`)
            : null
          : rel.kind === 'worksheet'
            ? rel.target
            : null;
      sheets.push({ name: attrs.get('name') ?? `Sheet${sheets.length + 1}`, visibility, part });
    }
  }
  return { sheets, date1904 };
}

function resolveLinks(raw: readonly RawLink[], rels: readonly Relationship[]): CellLink[] {
  const byId = new Map(rels.map((rel) => [rel.id, rel]));
  const links: CellLink[] = [];
  for (const link of raw) {
    const rel = link.relId === null ? undefined : byId.get(link.relId);
    const url = rel === undefined ? '' : rel.target;
    const target = link.location === null ? url : `${url}#${link.location}`;
    if (target !== '') links.push({ row: link.row, column: link.column, target });
  }
  return links;
}

/** A zip that is not an OOXML workbook: an Excel binary workbook, an OpenDocument spreadsheet, or another zip. */
function* foreignZipFormat(pkg: Package): PartSteps<'xlsb' | 'ods' | 'zip'> {
  if (pkg.has('xl/workbook.bin')) return 'xlsb';
  if (pkg.has('mimetype')) {
    try {
      const mimetype = new TextDecoder().decode((yield* pkg.bytes('mimetype')) ?? new Uint8Array()).trim();
      if (mimetype === 'application/vnd.oasis.opendocument.spreadsheet') return 'ods';
    } catch {
      // a damaged mimetype part says nothing about the format
    }
  }
  return 'zip';
}
