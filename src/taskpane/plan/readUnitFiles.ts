import { savedTimeOf } from '../../core/consolidate/newestFile';
import type { UnitFileInput } from '../../core/consolidate/types';
import type { Language } from '../../core/i18n/messages';
import { XlsxError } from '../../xlsx/errors';

/** What the pane needs of a picked file (a DOM File has it; tests pass Blobs with a name). */
export interface PickedFile {
  readonly name: string;
  readonly size: number;
  readonly lastModified: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Larger than any tracking workbook; such a file is not read at all. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

const megabytes = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;

/**
 * One unit's file as consolidation takes it: read with the project's bounded .xlsx reader (loaded
 * here, lazily, through src/xlsx), or marked unreadable with the reason, so one bad file is a line in the list instead
 * of stopping the run. A file over MAX_FILE_BYTES is refused by its size before any byte is read.
 */
export async function readUnitFile(file: PickedFile, lang: Language = 'vi'): Promise<UnitFileInput> {
  const base = { file: file.name, lastModified: file.lastModified };
  if (file.size > MAX_FILE_BYTES) return { ...base, sheets: null, unreadable: { reason: 'tooLarge', detail: megabytes(file.size) } };
  const { readXlsxAsync } = await import(/* webpackChunkName: "xlsx" */ '../../xlsx/readWorkbook');
  try {
    // inflated natively (DecompressionStream) where the browser can: the same result as readXlsx, faster in the worker
    const contents = await readXlsxAsync(await file.arrayBuffer());
    // The workbook's own saved time judges which of a unit's files is newest (core/consolidate/newestFile).
    const savedAt = savedTimeOf(contents.modified);
    return { ...base, ...(savedAt === undefined ? {} : { savedAt }), sheets: contents.sheets };
  } catch (error) {
    if (!(error instanceof XlsxError)) throw error;
    const reason = error.reason === 'not-xlsx' ? 'notXlsx' : error.reason === 'too-large' ? 'tooLarge' : error.reason === 'layout' ? 'corrupt' : error.reason;
    // What the bytes look like (.xls, .ods...), the limit passed or the damaged part says more than the file's name.
    const { readFailureDetail } = await import(/* webpackChunkName: "xlsx" */ '../../xlsx/read/describeError');
    return { ...base, sheets: null, unreadable: { reason, detail: readFailureDetail(error, lang) ?? file.name } };
  }
}

/** Every file in turn: one workbook in memory at a time, so progress is real and memory bounded. */
export async function readUnitFiles(
  files: readonly PickedFile[],
  onFile?: (done: number, total: number, name: string) => void,
  lang: Language = 'vi',
): Promise<UnitFileInput[]> {
  const inputs: UnitFileInput[] = [];
  for (const [index, file] of files.entries()) {
    onFile?.(index, files.length, file.name);
    inputs.push(await readUnitFile(file, lang));
  }
  return inputs;
}
