import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readPlanFromSheets } from '../../src/core/plan/planSheetReader';
import { readWorkbook } from '../../src/xlsx/readWorkbook';

/** The one test of the real process: shebang, exit codes and file writes. Needs `npm run build:cli`. */
const ENTRY = resolve(__dirname, '../../dist/node/cli/cchc.js');
const maybe = existsSync(ENTRY) ? test : test.skip;

function cchc(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(ENTRY, args, { cwd, encoding: 'utf8' }, (error, stdout, stderr) => {
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
