import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ExaminedFile } from '../core/consolidate/consolidate';
import type { ConsolidationOptions } from '../core/consolidate/types';
import type { Language } from '../core/i18n/messages';
import type { Plan } from '../core/plan/types';
import type { FileInfo } from './io';

/**
 * Units' files read and examined on worker threads (issue 11): reading and checking a tracker is
 * almost all of `cchc consolidate`, and each file is independent, so a machine with 2 cores (the
 * CI's) does it in about half the wall time. The main thread reads the bytes through its io and
 * posts them; a worker reads the workbook, examines it (core/consolidate `examine`) and posts the
 * result; the caller keeps results in file order, so the consolidation is the same as a serial run.
 *
 * Each worker's young generation is larger than a main thread's default (16 MB semi-spaces): a
 * tracker's reading allocates many short-lived texts while the file's records live on, and with a
 * small young generation the collector copies those records again and again (a quarter of the CPU
 * of a serial run went to collection).
 */

export interface ReadSetup {
  readonly plan: Plan;
  readonly options: ConsolidationOptions;
  readonly lang: Language;
}

export interface ReadRequest {
  readonly id: number;
  readonly file: string;
  readonly info: FileInfo;
  readonly bytes: Uint8Array;
}

export type ReadResult = { readonly id: number; readonly examined: ExaminedFile } | { readonly id: number; readonly error: string };

export interface ReadPool {
  /** How many files may be in flight at once: one per worker. */
  readonly size: number;
  /** The file read from `bytes` and examined; rejects when the worker failed (a bug, never the data: data failures are outcomes). */
  examine(file: string, info: FileInfo, bytes: Uint8Array): Promise<ExaminedFile>;
  /** Stops the workers; pending requests reject. */
  close(): Promise<void>;
}

export interface ReadPoolOptions {
  /** Workers wanted (default: CCHC_READ_WORKERS, a number or "auto" for the cores available up to 4; none when unset). */
  readonly size?: number;
  /** The worker's script (default: readWorker.js beside this file in the build), and whether it is code to evaluate rather than a path. */
  readonly script?: string;
  readonly evaluate?: boolean;
}

/** Semi-spaces of 32 MB: measured on 30 office trackers × 2,000 rows, collection fell from about 25% to under 10% of the CPU. */
const YOUNG_GENERATION_MB = 96;
const MOST_WORKERS = 4;

/**
 * A pool for `files` files when CCHC_READ_WORKERS=n (n workers, at most one per file) or
 * `options.size` asks for one; null otherwise, and when it cannot run: fewer than 2 files, or no
 * built worker script (the sources under jest): the caller then reads in its own thread, with the
 * same result. Off by default: on this 2-core machine under a load of 6–9, 2 workers cost about
 * 45% more CPU than one thread (each worker loads and compiles the core again) and gave no
 * shorter wall time (README, performance).
 */
export function startReadPool(setup: ReadSetup, files: number, options: ReadPoolOptions = {}): ReadPool | null {
  const asked = process.env['CCHC_READ_WORKERS'];
  const wanted = asked === 'auto' ? Math.min(MOST_WORKERS, availableParallelism()) : Number(asked ?? 0);
  const size = Math.min(files, options.size ?? (Number.isInteger(wanted) && wanted >= 0 ? wanted : 0));
  const script = options.script ?? join(__dirname, 'readWorker.js');
  if (files < 2 || size < 1 || (options.evaluate !== true && !existsSync(script))) return null;
  const workers = Array.from(
    { length: size },
    () => new Worker(script, { eval: options.evaluate === true, workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } }),
  );
  const idle = [...workers];
  const waiting: ((worker: Worker) => void)[] = [];
  const pending = new Map<number, { resolve: (examined: ExaminedFile) => void; reject: (error: Error) => void; worker: Worker }>();
  let nextId = 0;
  let closed = false;

  const release = (worker: Worker): void => {
    const next = waiting.shift();
    if (next) next(worker);
    else idle.push(worker);
  };
  const failAll = (worker: Worker, error: Error): void => {
    for (const [id, request] of pending)
      if (request.worker === worker || closed) {
        pending.delete(id);
        request.reject(error);
      }
  };
  for (const worker of workers) {
    worker.on('message', (result: ReadResult) => {
      const request = pending.get(result.id);
      if (!request) return;
      pending.delete(result.id);
      release(worker);
      if ('error' in result) request.reject(new Error(`read worker: ${result.error}`));
      else request.resolve(result.examined);
    });
    worker.on('error', (error) => failAll(worker, error));
    worker.on('exit', (code) => {
      if (!closed) failAll(worker, new Error(`read worker exited with code ${code}`));
    });
  }
  const take = (): Promise<Worker> => {
    const worker = idle.pop();
    return worker ? Promise.resolve(worker) : new Promise((resolve) => waiting.push(resolve));
  };

  return {
    size,
    async examine(file, info, bytes) {
      if (closed) throw new Error('read pool closed');
      const worker = await take();
      const id = nextId++;
      return new Promise<ExaminedFile>((resolve, reject) => {
        pending.set(id, { resolve, reject, worker });
        const request: ReadRequest = { id, file, info, bytes };
        worker.postMessage(request);
      });
    },
    async close() {
      closed = true;
      failAll(workers[0] as Worker, new Error('read pool closed'));
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
