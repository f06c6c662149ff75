import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeCachePath, compileWithCodeCache } from '../../src/cli/codeCache';

/** A program as the bundle is: CommonJS, ASCII, no "#!" line; it answers with what Node gave it. */
function program(dir: string, answer: string): string {
  const file = join(dir, 'program.js');
  writeFileSync(
    file,
    `'use strict';\nfunction twice(n) { return n * 2; }\nmodule.exports = { answer: '${answer}', doubled: twice(21), file: __filename, dir: __dirname, path: require('node:path').basename(__filename), main: typeof module.require };\n`,
  );
  return file;
}

/**
 * The program and its cache copied to another folder: V8 keeps what it compiled in this process by
 * source and file name, and would answer a second compile of the same file from memory, never reading
 * the cache; under another name it must take or refuse the cache as a new process does.
 */
function moved(file: string, dir: string): string {
  mkdirSync(dir);
  const copy = join(dir, 'program.js');
  copyFileSync(file, copy);
  copyFileSync(codeCachePath(file), codeCachePath(copy));
  return copy;
}

function inTempDir(test: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-code-cache-'));
  try {
    test(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a program runs as Node would require it, with no cache at first and from the cache it saved next time', () => {
  inTempDir((dir) => {
    const file = program(dir, 'A');
    const first = compileWithCodeCache(file, true);
    expect(first.state).toBe('missing');
    expect(first.run()).toEqual({ answer: 'A', doubled: 42, file, dir, path: 'program.js', main: 'function' });
    first.saveCache();
    const copy = moved(file, join(dir, 'next'));
    const second = compileWithCodeCache(copy, true);
    expect(second.state).toBe('accepted');
    expect(second.run()).toEqual({ answer: 'A', doubled: 42, file: copy, dir: join(dir, 'next'), path: 'program.js', main: 'function' });
  });
});

test('a cache made from another source of the same length is not used: the new source runs', () => {
  inTempDir((dir) => {
    const file = program(dir, 'A');
    compileWithCodeCache(file, true).saveCache();
    // V8 alone would take this cache: same length, same flags, same version.
    program(dir, 'B');
    const compiled = compileWithCodeCache(file, true);
    expect(compiled.state).toBe('stale');
    expect(compiled.run()).toMatchObject({ answer: 'B' });
  });
});

test('a cache V8 refuses (its header damaged) is told as rejected and the program still runs', () => {
  inTempDir((dir) => {
    const file = program(dir, 'A');
    compileWithCodeCache(file, true).saveCache();
    const copy = moved(file, join(dir, 'next'));
    const cache = readFileSync(codeCachePath(copy));
    // After the 8-byte stamp: V8's magic number and version hash.
    for (let i = 8; i < 16; i += 1) cache[i] = (cache[i] ?? 0) ^ 0xff;
    writeFileSync(codeCachePath(copy), cache);
    const compiled = compileWithCodeCache(copy, true);
    expect(compiled.state).toBe('rejected');
    expect(compiled.run()).toMatchObject({ answer: 'A', doubled: 42 });
  });
});

test('asked not to, it neither reads a cache nor needs one', () => {
  inTempDir((dir) => {
    const file = program(dir, 'A');
    compileWithCodeCache(file, true).saveCache();
    const compiled = compileWithCodeCache(file, false);
    expect(compiled.state).toBe('off');
    expect(compiled.run()).toMatchObject({ answer: 'A' });
  });
});
