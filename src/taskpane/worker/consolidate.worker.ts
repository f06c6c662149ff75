// First: the report's words, before any module that reads them at load (see reportWordsFirst.ts).
import './reportWordsFirst';
import { ConsolidationWork } from './consolidationWork';
import type { FromWorker, ToWorker } from './protocol';

/**
 * The consolidation worker: reads and checks each picked file, then consolidates them, off the page's
 * thread, so the pane keeps answering (Excel desktop restarts an add-in that does not answer for about
 * 5 s) and Cancel can end the work at once (the page terminates this worker). Loaded by
 * src/taskpane/worker/consolidationEngine.ts through webpack's `new Worker(new URL(...))`, as its own chunk.
 */

/** The little of a dedicated worker's global scope used here (the pane's tsconfig has the DOM library, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const work = new ConsolidationWork();
// One request at a time, in the order sent: a forget never overtakes the read it follows.
let queue: Promise<void> = Promise.resolve();

scope.onmessage = (event) => {
  const request = event.data;
  queue = queue.then(() => work.handle(request, (message, transfer) => scope.postMessage(message, transfer ?? [])));
};
