import type { UnitFileInput } from '../../core/consolidate/types';
import { unreadableInWords } from '../../core/usecases/detectedFormat';
import { loadEnglish } from '../i18n/lazyEnglish';
import { checkUnitFile, consolidationOf } from '../plan/consolidateFiles';
import { readUnitFile } from '../plan/readUnitFiles';
import { reviewItems } from '../sections/consolidate/review/reviewItems';
import { LAYOUT_PART_ROWS, splitLayout } from './layoutParts';
import type { ConsolidateRequest, FileKey, FromWorker, ReadRequest, ReviewRequest, ToWorker } from './protocol';

/** Sends an answer to the page. */
export type Post = (message: FromWorker) => void;

/**
 * What the consolidation worker does, as plain functions over a store of the files it read, so the
 * worker (consolidate.worker.ts) and the inline fallback (no Worker in this runtime) run the very same code.
 * The store holds each read file as the reader returned it (plain arrays): it never leaves this side,
 * only each file's check does, so the page never holds 60,000 records it does not show.
 */
export class ConsolidationWork {
  private readonly files = new Map<FileKey, UnitFileInput>();

  /** `partRows`: rows per layout part sent to the page (smaller in tests, to see the parts without files of thousands of rows). */
  constructor(private readonly partRows: number = LAYOUT_PART_ROWS) {}

  /** Handles one request; answers through `post`. A failure that is not the file's is answered as `failed`, never thrown. */
  async handle(request: ToWorker, post: Post): Promise<void> {
    try {
      if (request.type === 'forget') for (const key of request.keys) this.files.delete(key);
      else if (request.type === 'read') await this.read(request, post);
      else if (request.type === 'review') this.review(request, post);
      else this.consolidate(request, post);
    } catch (error: unknown) {
      if (request.type !== 'forget') post({ type: 'failed', job: request.job, message: error instanceof Error ? error.message : String(error) });
    }
  }

  private async read(request: ReadRequest, post: Post): Promise<void> {
    const { job, key, name, lastModified, size, bytes, context } = request;
    post({ type: 'stage', job, key, stage: 'read' });
    // The worker has its own copy of the i18n modules: English words for the file's problems need English loaded here too.
    if (context.language === 'en') await loadEnglish();
    const picked = {
      name,
      size,
      lastModified,
      arrayBuffer: (): Promise<ArrayBuffer> => (bytes === null ? Promise.reject(new Error('no bytes')) : Promise.resolve(bytes)),
    };
    // A file that breaks the reader in an unforeseen way is a damaged file: the others go on.
    const read = await readUnitFile(picked, context.language).catch((): UnitFileInput => ({
      file: name,
      lastModified,
      sheets: null,
      unreadable: { reason: 'corrupt', detail: name },
    }));
    // The reader says what a non-.xlsx file looks like by a code ("text"); the officer reads the CLI's words.
    const input = unreadableInWords(read, context.language);
    this.files.set(key, input);
    post({ type: 'stage', job, key, stage: 'check' });
    const check = checkUnitFile(context.plan, input, context.period, context.today);
    post({ type: 'fileRead', job, key, check, readable: input.sheets !== null });
  }

  private consolidate(request: ConsolidateRequest, post: Post): void {
    const { job, keys, context, preferred, decisions, reviews } = request;
    const missing = keys.filter((key) => !this.files.has(key));
    if (missing.length > 0) {
      post({ type: 'missing', job, keys: missing });
      return;
    }
    const inputs = keys.flatMap((key) => {
      const input = this.files.get(key);
      return input === undefined ? [] : [input];
    });
    const { plan, period, today, language } = context;
    const { layout, summary, checks, round } = consolidationOf(plan, inputs, {
      period,
      today,
      language,
      preferred: new Map(preferred),
      decisions,
      ...(reviews === undefined ? {} : { reviews }),
    });
    // In parts: the page takes each message in one task of its own (issue 11: no task over 200 ms).
    const { skeleton, parts } = splitLayout(layout, this.partRows);
    for (const part of parts) post({ type: 'layoutRows', job, part });
    post({ type: 'consolidated', job, layout: skeleton, summary, checks, round });
  }

  private review(request: ReviewRequest, post: Post): void {
    const { job, key, name, unitKnown, taken, plan, today } = request;
    const input = this.files.get(key);
    if (input === undefined) {
      post({ type: 'missing', job, keys: [key] });
      return;
    }
    const items = input.sheets === null ? [] : reviewItems(plan, name, input.sheets, unitKnown, taken, today);
    post({ type: 'reviewItems', job, items });
  }
}
