import { access, readFile, writeFile } from 'node:fs/promises';
import type { CliIo } from './io';

/** The real file system and streams. */
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
  };
}
