import type { CellValue } from '../../../src/core/layout/types';
import { periodFor } from '../../../src/core/periods';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import { buildTemplate } from '../../../src/core/template/buildTemplate';
import type { PickedFile } from '../../../src/taskpane/plan/readUnitFiles';
import { CancelledError, createEngine } from '../../../src/taskpane/worker/consolidationEngine';
import { ConsolidationWork } from '../../../src/taskpane/worker/consolidationWork';
import { fileKey, type CheckContext, type FromWorker, type ToWorker } from '../../../src/taskpane/worker/protocol';
import { renderToBuffer } from '../../../src/xlsx/renderWorkbook';

const NO_DECISIONS = { kept: [], added: [] };

const text = (value: string): CellValue => ({ kind: 'text', text: value });
const context: CheckContext = {
  plan: GO_DAU_116,
  period: periodFor('year', 2018, undefined, GO_DAU_116.periodConvention),
  today: '2018-12-20',
  language: 'vi',
};

async function unitFile(name: string, unitCode: string, titles: readonly string[]): Promise<PickedFile> {
  const unit = GO_DAU_116.units.find((u) => u.code === unitCode);
  if (unit === undefined) throw new Error(unitCode);
  const outputs = titles.map((title, i) => [
    { kind: 'date', iso: `2018-03-${String(10 + i)}` } as const,
    text('Trang TTĐT huyện'),
    text('Tin'),
    text(title),
    text(''),
    text(unit.name),
    text(''),
  ]);
  const bytes = await renderToBuffer(
    buildTemplate({ plan: GO_DAU_116, kind: 'unit', unit, createdOn: '2018-06-01', existing: { outputs, standing: [], spending: [] } }),
  );
  return { name, size: bytes.byteLength, lastModified: 7, arrayBuffer: () => Promise.resolve(bytes.slice().buffer) };
}

/** A stand-in for a dedicated worker: runs ConsolidationWork and remembers what it was sent and whether it was ended. */
class FakeWorker {
  static started: FakeWorker[] = [];
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  readonly transfers: Transferable[][] = [];
  /** Every message the worker sent, in order. */
  readonly answers: FromWorker[] = [];
  /** Rows per layout part for workers started from now on (the real worker's default when undefined). */
  static partRows: number | undefined = undefined;
  private readonly work = new ConsolidationWork(FakeWorker.partRows);

  constructor() {
    FakeWorker.started.push(this);
  }

  /** Called with each request as it is sent, before the worker sees it. */
  static onRequest: (request: ToWorker) => void = () => undefined;

  postMessage(request: ToWorker, transfer: Transferable[] = []): void {
    this.transfers.push(transfer);
    FakeWorker.onRequest(request);
    // As a real worker's: the request is taken and each answer delivered in a later task, never within the sender's.
    setTimeout(() => {
      void this.work.handle(request, (message) =>
        setTimeout(() => {
          this.answers.push(message);
          if (!this.terminated) this.onmessage?.({ data: message } as MessageEvent<FromWorker>);
        }, 0),
      );
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}

const realWorker = (globalThis as { Worker?: unknown }).Worker;
afterEach(() => {
  (globalThis as { Worker?: unknown }).Worker = realWorker;
  FakeWorker.started = [];
  FakeWorker.onRequest = () => undefined;
  FakeWorker.partRows = undefined;
});
const withFakeWorker = (): void => {
  (globalThis as { Worker?: unknown }).Worker = FakeWorker;
};
const startFake = (): Worker => new FakeWorker() as unknown as Worker;

describe('the consolidation engine', () => {
  it('given a runtime without Worker, reads, checks and consolidates inline with the same work', async () => {
    const engine = createEngine(() => {
      throw new Error('no worker here');
    });
    expect(engine.kind).toBe('inline');
    const file = await unitFile('Thanh Duc.xlsx', 'XTD', ['Tin một', 'Tin hai']);
    const stages: string[] = [];
    const read = await engine.read(file, context, (stage) => stages.push(stage));
    expect(stages).toEqual(['read', 'check']);
    expect(read).toMatchObject({ readable: true, check: { unit: 'XTD', status: 'ok', errors: 0 } });
    const outcome = await engine.consolidate([fileKey(file.name, file.lastModified)], context, new Map(), NO_DECISIONS);
    if ('missing' in outcome) throw new Error('the file was read');
    expect(outcome.summary.reported).toEqual(['Xã Thạnh Đức']);
    expect(outcome.summary.outputs).toBe(2);
    expect(outcome.layout.sheets.map((s) => s.name)).toContain('TH Tin bài');
  });

  it('given a layout over one part, the page receives its rows in parts, one message each, and gets the same layout as the work makes inline', async () => {
    const titles = ['Tin một', 'Tin hai', 'Tin ba', 'Tin bốn', 'Tin năm'];
    const inline = createEngine(() => {
      throw new Error('no worker here');
    });
    const file = await unitFile('Thanh Duc.xlsx', 'XTD', titles);
    const keys = [fileKey(file.name, file.lastModified)];
    await inline.read(file, context, () => undefined);
    const whole = await inline.consolidate(keys, context, new Map(), NO_DECISIONS);

    withFakeWorker();
    FakeWorker.partRows = 2;
    const engine = createEngine(startFake);
    await engine.read(file, context, () => undefined);
    const parted = await engine.consolidate(keys, context, new Map(), NO_DECISIONS);

    const parts = (FakeWorker.started[0]?.answers ?? []).flatMap((m) => (m.type === 'layoutRows' ? [m.part] : []));
    expect(parts.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...parts.map((p) => p.rows.length))).toBe(2);
    if ('missing' in parted || 'missing' in whole) throw new Error('the file was read');
    expect(parted.layout).toEqual(whole.layout);
    const rows = parted.layout.sheets.find((s) => s.name === 'TH Tin bài')?.blocks.flatMap((b) => b.rows.flat()) ?? [];
    for (const title of titles) expect(rows).toContainEqual(text(title));
  });

  it('given a worker, moves the file bytes to it rather than copying them, and routes each stage to the file', async () => {
    withFakeWorker();
    const engine = createEngine(startFake);
    expect(engine.kind).toBe('worker');
    const file = await unitFile('Cam Giang.xlsx', 'XCG', ['Tin']);
    const stages: string[] = [];
    await engine.read(file, context, (stage) => stages.push(stage));
    expect(stages).toEqual(['read', 'check']);
    const sent = FakeWorker.started[0]?.transfers[0] ?? [];
    expect(sent).toHaveLength(1);
    expect(sent[0]).toBeInstanceOf(ArrayBuffer);
  });

  it('given Cancel, rejects the running request at once, ends the worker, and a later run reads the forgotten files again', async () => {
    withFakeWorker();
    const engine = createEngine(startFake);
    const first = await unitFile('Thanh Duc.xlsx', 'XTD', ['Tin một']);
    await engine.read(first, context, () => undefined);
    const second = await unitFile('Hiep Thanh.xlsx', 'XHT', ['Tin hai']);
    // Cancel as soon as the second file's bytes are sent, before the worker can answer.
    FakeWorker.onRequest = (request) => {
      if (request.type === 'read' && request.name === second.name) queueMicrotask(() => engine.cancel());
    };
    await expect(engine.read(second, context, () => undefined)).rejects.toBeInstanceOf(CancelledError);
    FakeWorker.onRequest = () => undefined;
    expect(FakeWorker.started[0]?.terminated).toBe(true);

    const keys = [fileKey(first.name, first.lastModified)];
    expect(await engine.consolidate(keys, context, new Map(), NO_DECISIONS)).toEqual({ missing: keys });
    expect(FakeWorker.started).toHaveLength(2);
    await engine.read(first, context, () => undefined);
    const outcome = await engine.consolidate(keys, context, new Map(), NO_DECISIONS);
    expect('missing' in outcome ? [] : outcome.summary.reported).toEqual(['Xã Thạnh Đức']);
  });

  test('given a file the worker read, "Xem lại" is answered there (the unit asked first when unknown), and a worker restarted by Cancel says it no longer has the file', async () => {
    withFakeWorker();
    const engine = createEngine(startFake);
    const file = await unitFile('Thanh Duc.xlsx', 'XTD', ['Tin một']);
    await engine.read(file, context, () => undefined);
    const question = { key: fileKey(file.name, file.lastModified), name: file.name, unitKnown: false, taken: [], plan: GO_DAU_116, today: '2018-12-20' };
    const items = await engine.review(question);
    expect(items === 'missing' ? 'missing' : items[0]?.kind).toBe('fileUnit');
    engine.cancel();
    expect(await engine.review(question)).toBe('missing');
  });
});
