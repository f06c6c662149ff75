/**
 * Starts the consolidation worker. webpack 5 sees `new Worker(new URL(..., import.meta.url))` and
 * builds consolidate.worker.ts as its own chunk (with the reader and the core it needs), fetched only
 * when Tổng hợp first reads a file: nothing of it is in the pane's first-load script.
 */
export function startConsolidationWorker(): Worker {
  return new Worker(new URL(/* webpackChunkName: "consolidate-worker" */ './consolidate.worker.ts', import.meta.url), { name: 'cchc-consolidate' });
}
