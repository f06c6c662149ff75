import { examine, type ExaminedFile } from '../core/consolidate/consolidate';
import type { ConsolidationOptions } from '../core/consolidate/types';
import type { Language } from '../core/i18n/messages';
import type { Plan } from '../core/plan/types';
import { createLabelResolver } from '../core/reader/labels';
import type { CliIo, FileInfo } from './io';
import type { InputLine } from './inputs';
import type { ReadPool } from './readPool';
import { isExcelLockFile, MAX_FILE_BYTES, problemInput, readUnitFile } from './unitFiles';

/**
 * Every input line examined through the read pool, `pool.size` files in flight, the results in the
 * lines' order (what `consolidateExamined` needs for the same result as a serial run). A line that
 * is no file, a file whose stat or read fails, Excel's lock file and a file over the size limit
 * are examined here in the main thread through `readUnitFile` itself, so they end as they would
 * serially. `starting` is told of each file as it is taken up (the progress line).
 */
export async function examineInPool(
  io: Pick<CliIo, 'stat' | 'readFile'>,
  lang: Language,
  plan: Plan,
  lines: readonly InputLine[],
  options: ConsolidationOptions,
  pool: ReadPool,
  starting: (done: number, file: string) => void,
): Promise<ExaminedFile[]> {
  const results: ExaminedFile[] = new Array<ExaminedFile>(lines.length);
  let labels: ReturnType<typeof createLabelResolver> | null = null;
  const here = async (line: InputLine): Promise<ExaminedFile> => {
    labels ??= createLabelResolver(plan);
    const input = line.kind === 'file' ? await readUnitFile(io, line.file, lang) : problemInput(line, lang);
    return examine(plan, input, options, labels);
  };
  const bytesOf = async (file: string): Promise<{ info: FileInfo; bytes: Uint8Array } | null> => {
    try {
      const info = await io.stat(file);
      if (isExcelLockFile(file) || info.size > MAX_FILE_BYTES) return null;
      return { info, bytes: await io.readFile(file) };
    } catch {
      return null;
    }
  };
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < lines.length) {
      const index = next++;
      const line = lines[index] as InputLine;
      starting(index + 1, line.file);
      const read = line.kind === 'file' ? await bytesOf(line.file) : null;
      results[index] = read === null ? await here(line) : await pool.examine(line.file, read.info, read.bytes);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, pool.size) }, lane));
  return results;
}
