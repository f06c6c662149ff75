/**
 * The CLI's read pool (src/cli/readPool.ts): units' files read and examined on worker threads give
 * the consolidation a serial run gives, file by file in the order given, with files that cannot be
 * read (gone, Excel's lock file) ending as they would serially. The worker runs from the sources
 * here (TypeScript transpiled on require, as benchmarks/runTs.cjs does).
 */
import fs from 'node:fs';
import path from 'node:path';
import { consolidate, consolidateExamined } from '../../src/core/consolidate/consolidate';
import type { ConsolidationOptions } from '../../src/core/consolidate/types';
import { GO_DAU_116 } from '../../src/core/plan/goDau116';
import { customPeriod } from '../../src/core/periods/standard';
import { examineInPool } from '../../src/cli/examineFiles';
import type { InputLine } from '../../src/cli/inputs';
import { startReadPool } from '../../src/cli/readPool';
import { readUnitFile } from '../../src/cli/unitFiles';

const CORPUS = path.join(__dirname, '..', 'fixtures', 'trackers', 'corpus');
const WORKER = path.join(__dirname, '..', '..', 'src', 'cli', 'readWorker.ts');
const BOOT = `
const fs = require('fs');
const ts = require(${JSON.stringify(require.resolve('typescript'))});
require.extensions['.ts'] = (module, filename) => {
  const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  });
  module._compile(outputText, filename);
};
require(${JSON.stringify(WORKER)});
`;

const io = {
  stat: async (file: string) => {
    const info = await fs.promises.stat(file);
    return { size: info.size, mtimeMs: info.mtimeMs };
  },
  readFile: async (file: string) => new Uint8Array(await fs.promises.readFile(file)),
};

function corpusFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.xlsx')) files.push(full);
    }
  };
  walk(CORPUS);
  return files.sort().slice(0, 12);
}

describe('the read pool', () => {
  jest.setTimeout(120_000);

  it('given trackers, a vanished file and a lock file, consolidates as the serial run does, in the order given', async () => {
    const files = [...corpusFiles(), path.join(CORPUS, 'gone.xlsx'), path.join(CORPUS, '~$lock.xlsx')];
    expect(files.length).toBeGreaterThan(10);
    const lines: InputLine[] = files.map((file) => ({ kind: 'file', file }));
    const options: ConsolidationOptions = { period: customPeriod('2018-01-01', '2018-12-31'), today: '2018-12-31' };
    const serial = consolidate(GO_DAU_116, await Promise.all(files.map((file) => readUnitFile(io, file, 'vi'))), options);

    const pool = startReadPool({ plan: GO_DAU_116, options, lang: 'vi' }, files.length, { size: 2, script: BOOT, evaluate: true });
    if (pool === null) throw new Error('no pool for 14 files');
    const started: string[] = [];
    const examined = await examineInPool(io, 'vi', GO_DAU_116, lines, options, pool, (_done, file) => started.push(file)).finally(() => pool.close());
    const pooled = consolidateExamined(GO_DAU_116, examined, options);

    expect(pooled.files.map((f) => f.file)).toEqual(files);
    expect(pooled).toEqual(serial);
    expect(pooled.conservation.consolidated).toBeGreaterThan(0);
    expect(pooled.files.find((f) => f.file.endsWith('gone.xlsx'))?.reason).toBe('vanished');
    expect(started).toHaveLength(files.length);
  });

  it('is not started for one file, nor unless CCHC_READ_WORKERS asks for one', async () => {
    const setup = { plan: GO_DAU_116, options: { period: customPeriod('2018-01-01', '2018-12-31'), today: '2018-12-31' }, lang: 'vi' as const };
    expect(startReadPool(setup, 1, { size: 2, script: BOOT, evaluate: true })).toBeNull();
    expect(startReadPool(setup, 5, { script: BOOT, evaluate: true })).toBeNull();
    process.env['CCHC_READ_WORKERS'] = '0';
    try {
      expect(startReadPool(setup, 5, { script: BOOT, evaluate: true })).toBeNull();
      process.env['CCHC_READ_WORKERS'] = '3';
      const pool = startReadPool(setup, 2, { script: BOOT, evaluate: true });
      expect(pool?.size).toBe(2);
      await pool?.close();
    } finally {
      delete process.env['CCHC_READ_WORKERS'];
    }
  });
});
