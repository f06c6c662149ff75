import { access, readFile, stat, writeFile } from 'node:fs/promises';
import type { CliIo } from './io';

/** The real file system, streams and clock. */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readFile: async (path) => new Uint8Array(await readFile(path)),
    writeFile: (path, data) => writeFile(path, data),
    exists: (path) => access(path).then(
      () => true,
      () => false,
    ),
    stat: async (path) => {
      const info = await stat(path);
      if (info.isDirectory()) throw Object.assign(new Error(`EISDIR: ${path}`), { code: 'EISDIR' });
      return { size: info.size, mtimeMs: info.mtimeMs };
    },
    today: () => localIsoDate(new Date()),
  };
}

/** yyyy-mm-dd of the local calendar day: an officer at 06:30 in Gò Dầu is on today's date, not UTC's. */
export function localIsoDate(now: Date): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
