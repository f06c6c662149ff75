import type { UnitFileInput } from '../../core/consolidate/types';
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

/**
 * Units' files as consolidation takes them: read with exceljs (loaded here, lazily, through
 * src/xlsx), or marked unreadable with the reason, so one bad file is a line in the result
 * instead of stopping the run.
 */
export async function readUnitFiles(files: readonly PickedFile[]): Promise<UnitFileInput[]> {
  const { readWorkbook } = await import(/* webpackChunkName: "xlsx" */ '../../xlsx/readWorkbook');
  const inputs: UnitFileInput[] = [];
  for (const file of files) {
    const base = { file: file.name, lastModified: file.lastModified };
    if (file.size > MAX_FILE_BYTES) {
      inputs.push({ ...base, sheets: null, unreadable: { reason: 'tooLarge', detail: `${Math.round(file.size / 1024 / 1024)} MB` } });
      continue;
    }
    try {
      inputs.push({ ...base, sheets: await readWorkbook(await file.arrayBuffer()) });
    } catch (error) {
      if (!(error instanceof XlsxError)) throw error;
      const reason = error.reason === 'not-xlsx' ? 'notXlsx' : error.reason === 'layout' ? 'corrupt' : error.reason;
      inputs.push({ ...base, sheets: null, unreadable: { reason, detail: file.name } });
    }
  }
  return inputs;
}
