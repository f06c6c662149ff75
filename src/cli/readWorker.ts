import { parentPort, workerData } from 'node:worker_threads';
import { examine, withoutSheets } from '../core/consolidate/consolidate';
import { createLabelResolver } from '../core/reader/labels';
import { loadEnglish } from './english';
import type { FileInfo } from './io';
import { useNodeZip } from './nodeZip';
import type { ReadRequest, ReadResult, ReadSetup } from './readPool';
import { readUnitFile } from './unitFiles';

/**
 * One thread of the CLI's read pool (readPool.ts): reads a unit's file from the bytes the main
 * thread sent (the main thread alone touches the file system, through its io) and examines it as
 * `consolidate` would, then sends the result back without the sheets (nothing after `examine`
 * looks at them). One request at a time; the label resolver's caches serve every file of the run.
 */

useNodeZip();
const setup = workerData as ReadSetup;
const labels = createLabelResolver(setup.plan);
// The bundled worker starts without English (english.ts): every request waits until it is there.
const ready = setup.lang === 'en' ? loadEnglish() : Promise.resolve();

parentPort?.on('message', (request: ReadRequest) => {
  const io = {
    stat: (): Promise<FileInfo> => Promise.resolve(request.info),
    readFile: (): Promise<Uint8Array> => Promise.resolve(request.bytes),
  };
  void ready
    .then(() => readUnitFile(io, request.file, setup.lang))
    .then((input) => withoutSheets(examine(setup.plan, input, setup.options, labels)))
    .then(
      (examined): ReadResult => ({ id: request.id, examined }),
      (error: unknown): ReadResult => ({ id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    )
    .then((result) => parentPort?.postMessage(result));
});
