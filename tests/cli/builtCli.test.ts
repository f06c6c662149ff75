import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readPlanFromSheets } from '../../src/core/plan/planSheetReader';
import { readStamp } from '../../src/core/template/stamp';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { localIsoDate } from '../../src/cli/nodeIo';
import { output, unitWorkbook } from './workbooks';
import { testWhen } from '../support/requirements';

/** The one test of the real process: shebang, exit codes and file writes. Needs `npm run build:cli`. */
const ENTRY = resolve(__dirname, '../../dist/node/cli/cchc.js');
const maybe = testWhen(existsSync(ENTRY) ? [] : ['dist/node/cli/cchc.js'], 'the tests of the built cchc', 'run `npm run build:cli` first');

function cchc(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(ENTRY, args, { cwd, encoding: 'utf8', env, maxBuffer: 1 << 26 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

maybe('the built cchc runs as an executable: export, show, missing file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-'));
  try {
    const exported = await cchc(['plan', 'export', '-o', 'ke-hoach.xlsx'], dir);
    expect(exported).toMatchObject({ code: 0, stderr: '' });
    const { plan } = readPlanFromSheets(await readWorkbook(readFileSync(join(dir, 'ke-hoach.xlsx'))));
    expect(plan?.targets.map((t) => t.minimum)).toEqual([10, 3, 10, 10, 20]);

    const shown = await cchc(['plan', 'show', '--plan', 'ke-hoach.xlsx'], dir);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('III.1.e');

    const missing = await cchc(['plan', 'show', '--plan', 'khong-co.xlsx'], dir);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toContain('khong-co.xlsx');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

maybe("the built cchc stamps today's local date and takes the newer of two files by their mtime", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-'));
  try {
    const made = await cchc(['template', '--unit', 'Thạnh Đức', '-o', 'so.xlsx'], dir);
    expect(made).toMatchObject({ code: 0, stderr: '' });
    expect(readStamp(await readWorkbook(readFileSync(join(dir, 'so.xlsx'))))?.createdOn).toBe(localIsoDate(new Date()));

    writeFileSync(join(dir, 'cam-giang-a.xlsx'), await unitWorkbook('XCG', [output('2018-03-05', 'Báo Tây Ninh', 'Bản A')]));
    writeFileSync(join(dir, 'cam-giang-b.xlsx'), await unitWorkbook('XCG', [output('2018-03-05', 'Báo Tây Ninh', 'Bản B')]));
    utimesSync(join(dir, 'cam-giang-a.xlsx'), new Date('2018-06-01'), new Date('2018-06-01'));
    utimesSync(join(dir, 'cam-giang-b.xlsx'), new Date('2018-06-10'), new Date('2018-06-10'));
    const consolidated = await cchc(['consolidate', 'cam-giang-a.xlsx', 'cam-giang-b.xlsx', '--period', '2018', '--json'], dir);
    expect(consolidated.code).toBe(0);
    const json = JSON.parse(consolidated.stdout) as { files: { file: string; status: string }[] };
    expect(json.files.map((f) => [f.file, f.status])).toEqual([
      ['cam-giang-a.xlsx', 'rejected'],
      ['cam-giang-b.xlsx', 'ok'],
    ]);
    // The consolidated workbook's parts are written through fflate, which the bundle loads only when first used (scripts/bundle-cli.mjs).
    const written = await cchc(['consolidate', 'cam-giang-a.xlsx', 'cam-giang-b.xlsx', '--period', '2018', '-o', 'tong-hop.xlsx'], dir);
    expect(written.code).toBe(0);
    const book = await readWorkbook(readFileSync(join(dir, 'tong-hop.xlsx')));
    expect(book.length).toBeGreaterThan(2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

maybe('the built cchc runs its program from the code cache its build made, and the same without it (src/cli/codeCache.ts)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-'));
  try {
    // V8 takes the cache only under the flags it was made with: engineFlags.ts's, set before the program is compiled.
    const told = await cchc(['--help'], dir, { ...process.env, CCHC_CODE_CACHE: 'report' });
    expect(told.stderr).toContain('code cache: accepted');
    const corpus = resolve(__dirname, '../fixtures/trackers/corpus');
    const files = ['39-tcvn3/thanh duc - tcvn3.xlsx', '41-vni/cam giang vni.xlsx', '14-khoi-thang-xep-chong/thanh-duc-quy-1.xlsx'].map((f) => join(corpus, f));
    const args = ['consolidate', ...files, '--period', '2018', '--json'];
    const cached = await cchc(args, dir);
    const compiled = await cchc(args, dir, { ...process.env, CCHC_CODE_CACHE: 'off' });
    expect(cached.code).toBe(compiled.code);
    expect(JSON.parse(cached.stdout)).toEqual(JSON.parse(compiled.stdout));
    const read = (JSON.parse(cached.stdout) as { files: { records: number }[] }).files;
    expect(read.map((f) => f.records > 0)).toEqual([true, true, true]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

maybe('the built cchc and its read worker are pure ASCII, so V8 holds their source as one-byte text (scripts/bundle-cli.mjs)', () => {
  for (const file of [ENTRY, resolve(__dirname, '../../dist/node/cli/cchcProgram.js'), resolve(__dirname, '../../dist/node/cli/readWorker.js')]) {
    expect(readFileSync(file, 'latin1')).not.toMatch(/[\x80-\xff]/);
  }
});

maybe('the built cchc speaks English when asked, though English is left out of its start (src/cli/english.ts)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-'));
  try {
    const english = await cchc(['--lang', 'en', 'plan', 'show'], dir);
    expect(english).toMatchObject({ code: 0, stderr: '' });
    expect(english.stdout).toContain('Date issued');
    const vietnamese = await cchc(['plan', 'show'], dir);
    expect(vietnamese.stdout).not.toContain('Date issued');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
