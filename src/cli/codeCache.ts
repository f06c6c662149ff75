import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';
import * as zlib from 'node:zlib';

/**
 * The bundled `cchc` program run from a V8 code cache (issue 11): the bytecode V8 compiled for it
 * in a training run at build time (scripts/bundle-cli.mjs), so a run does not parse the 1.7 MB
 * bundle and compile each function it calls again. Node's API: vm.Script `cachedData` and
 * `script.createCachedData()` (https://nodejs.org/api/vm.html#scriptcreatecacheddata); made after
 * the training run, the cache holds every function that run compiled, not only the top level.
 *
 * Why not the `v8-compile-cache` package: it keeps the cache V8 makes at compile time (the top level
 * only) and does not know of V8 flags set at run time; engineFlags.ts sets three, and V8 rejects a
 * cache made under other flags (that is how the first try, in round ten, came out dearer: the cache
 * was read and thrown away every run). Here the flags are set before the program is compiled, in
 * the training run and in every run alike.
 *
 * Safety: V8 checks a cache against its own version, its flags and the source's length, not the
 * source's text; so a cache file starts with the CRC-32 and length of the source it was made from,
 * and any other source (a rebuilt or edited bundle of the same length) compiles as if there were no
 * cache. CRC-32 is zlib's (Node ≥ 20.15, https://nodejs.org/api/zlib.html#zlibcrc32data-value), which
 * the program loads anyway: node:crypto's SHA-1 cost ~10 ms more a run, loading it included. A cache
 * is written whole or not at all (a temporary file renamed). A missing, stale or rejected cache costs
 * the ordinary compile and nothing else: the program runs the same.
 */

/** Bytes of the stamp at the start of a cache file, before V8's own data: the source's CRC-32 and length (uint32 LE each). */
const STAMP_BYTES = 8;

/** zlib.crc32 where this Node has it (20.15 and later); without it no cache is used or made. */
const crc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

function stampOf(bytes: Buffer): Buffer {
  const stamp = Buffer.alloc(STAMP_BYTES);
  stamp.writeUInt32LE(crc32 === undefined ? 0 : crc32(bytes) >>> 0, 0);
  stamp.writeUInt32LE(bytes.length >>> 0, 4);
  return stamp;
}

/** What became of a program's code cache: V8 took it, V8 refused it (another Node or flags), it was made from another source, there was none, or it was not asked for (or this Node has no zlib.crc32). */
export type CodeCacheState = 'accepted' | 'rejected' | 'stale' | 'missing' | 'off';

export interface CompiledProgram {
  readonly state: CodeCacheState;
  /** Runs the program as Node would require it (same `require`, `module`, `__filename`, `__dirname`); returns its `module.exports`. */
  run(): unknown;
  /** Writes the program's code cache beside it: every function compiled so far, so call it after a run. */
  saveCache(): void;
}

/** The file beside `program` that holds its code cache. */
export function codeCachePath(program: string): string {
  return `${program}.v8cache`;
}

/**
 * Compiles `program` (a CommonJS file of ASCII text with no "#!" line: the bundle) from its code
 * cache when `useCache` and the cache was made from this very source.
 */
export function compileWithCodeCache(program: string, useCache: boolean): CompiledProgram {
  const bytes = readFileSync(program);
  const cacheFile = codeCachePath(program);
  let cachedData: Buffer | undefined;
  const usable = useCache && crc32 !== undefined;
  const stamp = usable ? stampOf(bytes) : Buffer.alloc(0);
  let state: CodeCacheState = usable ? 'missing' : 'off';
  if (usable) {
    try {
      const file = readFileSync(cacheFile);
      if (file.subarray(0, STAMP_BYTES).equals(stamp)) cachedData = file.subarray(STAMP_BYTES);
      else state = 'stale';
    } catch {
      // No cache (a build without its training run, a copy of the bundle alone): compiled as usual.
    }
  }
  // The bundle is pure ASCII (scripts/bundle-cli.mjs), so latin1 gives V8 one-byte text without a UTF-8 decode.
  const script = new Script(Module.wrap(bytes.toString('latin1')), { filename: program, ...(cachedData ? { cachedData } : {}) });
  if (cachedData) state = script.cachedDataRejected === true ? 'rejected' : 'accepted';
  return {
    state,
    run() {
      const own = new Module(program, module);
      own.filename = program;
      own.paths = (Module as unknown as { _nodeModulePaths(from: string): string[] })._nodeModulePaths(dirname(program));
      const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
      wrapper.call(own.exports, own.exports, Module.createRequire(program), own, program, dirname(program));
      own.loaded = true;
      return own.exports as unknown;
    },
    saveCache() {
      if (crc32 === undefined) return;
      const partial = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(partial, Buffer.concat([stampOf(bytes), script.createCachedData()]));
      renameSync(partial, cacheFile);
    },
  };
}

/**
 * The launcher's part (src/cli/launch.ts): runs `program` from its code cache. `mode` is
 * CCHC_CODE_CACHE: `write` makes the cache at exit (the build's training run: by then V8 has compiled
 * every function the run called), `off` ignores it, `report` tells on stderr what became of it
 * ("code cache: accepted", or rejected, stale, missing).
 */
export function runWithCodeCache(program: string, mode: string | undefined = process.env['CCHC_CODE_CACHE']): void {
  const compiled = compileWithCodeCache(program, mode !== 'off' && mode !== 'write');
  if (mode === 'report') process.stderr.write(`code cache: ${compiled.state}\n`);
  if (mode === 'write') process.on('exit', () => compiled.saveCache());
  compiled.run();
}
