import type { UnitFileInput } from '../../core/consolidate/types';
import { unreadableInWords } from '../../core/usecases/detectedFormat';
import { loadEnglish } from '../i18n/lazyEnglish';
import { checkUnitFile, consolidationOf } from '../plan/consolidateFiles';
import { readUnitFile } from '../plan/readUnitFiles';
import { reviewItems } from '../sections/consolidate/review/reviewItems';
import type { FileOutcome } from '../../core/consolidate/types';
import { returnNote } from '../../core/review/filesToReturn';
import { LAYOUT_PART_ROWS, splitLayout } from './layoutParts';
import type { ConsolidateRequest, FileKey, FromWorker, ReadRequest, ReturnCopyRequest, ReviewRequest, ToWorker } from './protocol';

/** Sends an answer to the page; `transfer` lists buffers moved with it (a return copy's bytes). */
export type Post = (message: FromWorker, transfer?: Transferable[]) => void;

/**
 * What the consolidation worker does, as plain functions over a store of the files it read, so the
 * worker (consolidate.worker.ts) and the inline fallback (no Worker in this runtime) run the very same code.
 * The store holds each read file as the reader returned it (plain arrays): it never leaves this side,
 * only each file's check does, so the page never holds 60,000 records it does not show.
 */
export class ConsolidationWork {
  private readonly files = new Map<FileKey, UnitFileInput>();
  /**
   * Each read file's bytes as picked, for its return copy: the copy edits the unit's own package, so
   * the file is not read again from the disk (which may have changed) nor re-written from what was read.
   */
  private readonly bytes = new Map<FileKey, ArrayBuffer>();
  /** The files of the last consolidation that go back with their issues, by file name, with their keys. */
  private returnable = new Map<string, { readonly key: FileKey; readonly outcome: FileOutcome; readonly note: string }>();

  /** `partRows`: rows per layout part sent to the page (smaller in tests, to see the parts without files of thousands of rows). */
  constructor(private readonly partRows: number = LAYOUT_PART_ROWS) {}

  /** Handles one request; answers through `post`. A failure that is not the file's is answered as `failed`, never thrown. */
  async handle(request: ToWorker, post: Post): Promise<void> {
    try {
      if (request.type === 'forget') this.forget(request.keys);
      else if (request.type === 'read') await this.read(request, post);
      else if (request.type === 'review') this.review(request, post);
      else if (request.type === 'returnCopy') await this.returnCopy(request, post);
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
    if (bytes === null || input.sheets === null) this.bytes.delete(key);
    else this.bytes.set(key, bytes);
    post({ type: 'stage', job, key, stage: 'check' });
    const check = checkUnitFile(context.plan, input, context.period, context.today);
    post({ type: 'fileRead', job, key, check, readable: input.sheets !== null });
  }

  private consolidate(request: ConsolidateRequest, post: Post): void {
    const { job, keys, context, preferred, decisions, reviews, skipped } = request;
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
    const { layout, summary, checks, round, returnable } = consolidationOf(plan, inputs, {
      period,
      today,
      language,
      preferred: new Map(preferred),
      decisions,
      ...(reviews === undefined ? {} : { reviews }),
      ...(skipped === undefined ? {} : { skipped }),
    });
    const keyOf = new Map(keys.map((key) => [this.files.get(key)?.file, key]));
    this.returnable = new Map(
      returnable.flatMap((outcome) => {
        const key = keyOf.get(outcome.file);
        // The officer's note on the review goes back with the copy (issue 15).
        return key === undefined ? [] : [[outcome.file, { key, outcome, note: returnNote(round.reviews, outcome.file) }] as const];
      }),
    );
    // In parts: the page takes each message in one task of its own (issue 11: no task over 200 ms).
    const { skeleton, parts } = splitLayout(layout, this.partRows);
    for (const part of parts) post({ type: 'layoutRows', job, part });
    post({ type: 'consolidated', job, layout: skeleton, summary, checks, round });
  }

  private forget(keys: readonly FileKey[]): void {
    for (const key of keys) {
      this.files.delete(key);
      this.bytes.delete(key);
    }
  }

  /** The return copy of one file of the last consolidation (src/xlsx/returnCopy.ts, loaded on the first copy asked for). */
  private async returnCopy(request: ReturnCopyRequest, post: Post): Promise<void> {
    const { job, file, context } = request;
    const found = this.returnable.get(file);
    const bytes = found === undefined ? undefined : this.bytes.get(found.key);
    if (found === undefined || bytes === undefined) {
      post({ type: 'missing', job, keys: found === undefined ? [] : [found.key] });
      return;
    }
    const [{ makeReturnCopy, workbookSheetNames }, { returnList }, { returnReviewer }] = await Promise.all([
      import(/* webpackChunkName: "return-copy" */ '../../xlsx/returnCopy'),
      import(/* webpackChunkName: "return-copy" */ '../../core/review/returnList'),
      import(/* webpackChunkName: "return-copy" */ '../../core/review/filesToReturn'),
    ]);
    // The kept bytes stay for the next copy: the copy reads a view of them and writes new bytes.
    const source = new Uint8Array(bytes);
    const { plan, today, language } = context;
    const reviewer = returnReviewer(plan);
    const unit = plan.units.find((u) => u.code === found.outcome.unit);
    const list = returnList(found.outcome.issues, {
      file,
      unit: unit?.name ?? file,
      reviewer,
      checkedOn: today,
      sheetNames: await workbookSheetNames(source),
      language,
      officerNote: found.note,
    });
    const copy = await makeReturnCopy({ bytes: source, notes: list.notes, list: list.sheet, author: reviewer });
    const out = copy.byteOffset === 0 && copy.byteLength === copy.buffer.byteLength ? copy.buffer : copy.slice().buffer;
    post({ type: 'returnCopy', job, bytes: out as ArrayBuffer }, [out as ArrayBuffer]);
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
