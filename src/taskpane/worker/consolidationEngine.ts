import type { Decision } from '../../core/decisions/types';
import type { SkippedFile } from '../../core/consolidate/folderEntries';
import type { WorkbookLayout } from '../../core/layout/types';
import type { Plan } from '../../core/plan/types';
import type { FileCheck, ConsolidationSummary } from '../state/consolidateJob';
import type { OfficerReview } from '../../core/review/reviewStates';
import type { Round } from '../sections/consolidate/review/keptReviews';
import { MAX_FILE_BYTES, type PickedFile } from '../plan/readUnitFiles';
import type { ConsolidationWork } from './consolidationWork';
import type { CheckContext, FileKey, FileStage, FromWorker, ToWorker } from './protocol';
import { fileKey } from './protocol';
import { LayoutAssembly } from './layoutParts';

/** A file read and checked: what the list shows, and whether it has sheets to consolidate. */
export interface FileReading {
  readonly check: FileCheck;
  readonly readable: boolean;
}

export interface EngineConsolidation {
  readonly layout: WorkbookLayout;
  readonly summary: ConsolidationSummary;
  readonly checks: Readonly<Record<string, FileCheck>>;
  /** Each listed file's review and the reminders to units (issue 15). */
  readonly round?: Round;
}

/** The reading decisions a consolidation uses: kept in the workbook, added in "Xem lại". */
export interface Decisions {
  readonly kept: readonly Decision[];
  readonly added: readonly Decision[];
}

/** A review of one file: its key and name, whether its unit is known, the decisions already taken. */
export interface ReviewQuestion {
  readonly key: FileKey;
  readonly name: string;
  readonly unitKnown: boolean;
  readonly taken: readonly Decision[];
  readonly plan: Plan;
  readonly today: string;
}

/** Thrown (rejected) by a request the officer cancelled; the hook says "cancelled", not "failed". */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

/**
 * Where Tổng hợp reads, checks and consolidates: a Web Worker (`worker`) or, where the runtime has
 * none, the page itself (`inline`, as before the worker; the page then pauses between files only).
 * Requests run one at a time. cancel() rejects the running request with CancelledError at once; in a
 * worker it also ends the computation (the worker is terminated and a new one is started on the next
 * request, having forgotten what it read: consolidate() then answers with the keys to read again).
 */
export interface ConsolidationEngine {
  readonly kind: 'worker' | 'inline';
  read(file: PickedFile, context: CheckContext, onStage: (stage: FileStage) => void): Promise<FileReading>;
  /** The consolidation of the files (keys in list order), or the keys this engine has not read. */
  consolidate(
    keys: readonly FileKey[],
    context: CheckContext,
    preferred: ReadonlyMap<string, string>,
    decisions: Decisions,
    /** The officer's review states (issue 15). */
    reviews?: readonly OfficerReview[],
    /** What the folder pick left out, for TH Đơn vị. */
    skipped?: readonly SkippedFile[],
  ): Promise<EngineConsolidation | { readonly missing: readonly FileKey[] }>;
  /** What "Xem lại" asks about a file this engine read, or `missing` when it forgot it (after a cancel). */
  review(request: ReviewQuestion): Promise<readonly Decision[] | 'missing'>;
  /** The return copy of a file of the last consolidation (issue 15), or `missing` when this engine no longer holds it. */
  returnCopy(file: string, context: CheckContext): Promise<Uint8Array<ArrayBuffer> | 'missing'>;
  forget(keys: readonly FileKey[]): void;
  cancel(): void;
}

type Answer = Exclude<FromWorker, { readonly type: 'stage' | 'layoutRows' }>;

interface Pending {
  readonly resolve: (answer: Answer) => void;
  readonly reject: (error: Error) => void;
  readonly onStage?: (stage: FileStage) => void;
  /** The consolidation's layout rows received so far (a consolidate request). */
  readonly layout: LayoutAssembly;
}

/** Sends requests and routes answers by job number; `send` is the worker's postMessage or the inline work. */
abstract class RequestChannel implements ConsolidationEngine {
  abstract readonly kind: 'worker' | 'inline';
  private nextJob = 1;
  protected readonly pending = new Map<number, Pending>();

  protected abstract send(request: ToWorker, transfer: Transferable[]): void;

  protected receive(message: FromWorker): void {
    const waiting = this.pending.get(message.job);
    if (waiting === undefined) return; // an answer to a cancelled request
    if (message.type === 'stage') {
      waiting.onStage?.(message.stage);
      return;
    }
    if (message.type === 'layoutRows') {
      waiting.layout.add(message.part);
      return;
    }
    this.pending.delete(message.job);
    waiting.resolve(message.type === 'consolidated' ? { ...message, layout: waiting.layout.build(message.layout) } : message);
  }

  private request(build: (job: number) => ToWorker, transfer: Transferable[], onStage?: (stage: FileStage) => void): Promise<Answer> {
    const job = this.nextJob++;
    return new Promise<Answer>((resolve, reject) => {
      this.pending.set(job, { resolve, reject, layout: new LayoutAssembly(), ...(onStage === undefined ? {} : { onStage }) });
      this.send(build(job), transfer);
    });
  }

  async read(file: PickedFile, context: CheckContext, onStage: (stage: FileStage) => void): Promise<FileReading> {
    // A file too large is refused by its size before any byte is read; one that cannot be read any more is read as damaged.
    const bytes = file.size > MAX_FILE_BYTES ? null : await file.arrayBuffer().catch(() => null);
    const key = fileKey(file.name, file.lastModified);
    const { name, lastModified, size } = file;
    const answer = await this.request((job) => ({ type: 'read', job, key, name, lastModified, size, bytes, context }), bytes === null ? [] : [bytes], onStage);
    if (answer.type === 'fileRead') return { check: answer.check, readable: answer.readable };
    throw new Error(answer.type === 'failed' ? answer.message : `unexpected answer ${answer.type}`);
  }

  async consolidate(
    keys: readonly FileKey[],
    context: CheckContext,
    preferred: ReadonlyMap<string, string>,
    decisions: Decisions,
    reviews: readonly OfficerReview[] = [],
    skipped: readonly SkippedFile[] = [],
  ): Promise<EngineConsolidation | { readonly missing: readonly FileKey[] }> {
    const answer = await this.request((job) => ({ type: 'consolidate', job, keys, context, preferred: [...preferred], decisions, reviews, skipped }), []);
    if (answer.type === 'consolidated')
      return { layout: answer.layout, summary: answer.summary, checks: answer.checks, ...(answer.round === undefined ? {} : { round: answer.round }) };
    if (answer.type === 'missing') return { missing: answer.keys };
    throw new Error(answer.type === 'failed' ? answer.message : `unexpected answer ${answer.type}`);
  }

  async review(question: ReviewQuestion): Promise<readonly Decision[] | 'missing'> {
    const answer = await this.request((job) => ({ type: 'review', job, ...question }), []);
    if (answer.type === 'reviewItems') return answer.items;
    if (answer.type === 'missing') return 'missing';
    throw new Error(answer.type === 'failed' ? answer.message : `unexpected answer ${answer.type}`);
  }

  async returnCopy(file: string, context: CheckContext): Promise<Uint8Array<ArrayBuffer> | 'missing'> {
    const answer = await this.request((job) => ({ type: 'returnCopy', job, file, context }), []);
    if (answer.type === 'returnCopy') return new Uint8Array(answer.bytes);
    if (answer.type === 'missing') return 'missing';
    throw new Error(answer.type === 'failed' ? answer.message : `unexpected answer ${answer.type}`);
  }

  forget(keys: readonly FileKey[]): void {
    if (keys.length > 0) this.send({ type: 'forget', keys }, []);
  }

  cancel(): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const request of waiting) request.reject(new CancelledError());
  }
}

/** A dedicated worker, made on the first request and again after a cancel. */
class WorkerEngine extends RequestChannel {
  readonly kind = 'worker';
  private worker: Worker | null = null;

  /** `spare` is the worker made to see that one can be made; later ones come from `start`. */
  constructor(
    private readonly start: () => Worker,
    private spare: Worker | null,
  ) {
    super();
  }

  protected send(request: ToWorker, transfer: Transferable[]): void {
    if (this.worker === null) {
      const worker = this.spare ?? this.start();
      this.spare = null;
      worker.onmessage = (event: MessageEvent<FromWorker>) => this.receive(event.data);
      // A worker that dies (out of memory, a script that failed to load) fails what it had, instead of leaving the pane waiting.
      worker.onerror = (event) => this.fail(event.message || 'worker error');
      this.worker = worker;
    }
    this.worker.postMessage(request, transfer);
  }

  private fail(message: string): void {
    this.worker?.terminate();
    this.worker = null;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const request of waiting) request.reject(new Error(message));
  }

  override cancel(): void {
    // Terminating is the only way to stop a worker in the middle of a file; what it read is read again when needed.
    this.worker?.terminate();
    this.worker = null;
    super.cancel();
  }
}

/** The same work on the page, one request at a time, giving the browser a turn before each. */
class InlineEngine extends RequestChannel {
  readonly kind = 'inline';
  private queue: Promise<void> = Promise.resolve();
  private work: Promise<ConsolidationWork> | null = null;

  protected send(request: ToWorker): void {
    this.work ??= import(/* webpackChunkName: "consolidate" */ './consolidationWork').then(({ ConsolidationWork }) => new ConsolidationWork());
    const work = this.work;
    this.queue = this.queue.then(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await (await work).handle(request, (message) => this.receive(message));
    });
  }
}

/** Whether this runtime can start a module worker (Excel 2016's IE11 webview and some locked-down hosts cannot). */
function canUseWorker(): boolean {
  return typeof Worker === 'function' && typeof URL === 'function';
}

/**
 * The engine for this runtime: the worker where there is one, else inline. `startWorker` is webpack's
 * `new Worker(new URL(...))` site (kept in the hook's lazy chunk so the worker chunk is not in the first load).
 */
export function createEngine(startWorker: () => Worker): ConsolidationEngine {
  if (canUseWorker()) {
    try {
      return new WorkerEngine(startWorker, startWorker());
    } catch {
      // A worker refused here (a content security policy, a sandbox) leaves the inline path.
    }
  }
  return new InlineEngine();
}
