import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportDocument } from '../../src/core/report';
import { reportDocxBytes } from '../../src/docx';
import { CASES } from './reportCases';

/**
 * Every Word report of reportCases as a person sees it printed: LibreOffice Writer turns the .docx
 * into a PDF (one soffice run for all twelve), which must be A4 with the header and the signer on
 * it, and page 1 of each is kept as a PNG under test-results/report/ to look at. Skipped where
 * LibreOffice Writer or poppler is not installed (CI installs libreoffice-writer-nogui, poppler-utils
 * and fonts-liberation2, whose Liberation Serif has Times New Roman's metrics).
 */
function has(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore', timeout: 20000 });
    return true;
  } catch {
    return false;
  }
}
const writer = existsSync('/usr/lib/libreoffice/program/libswlo.so') || has('swriter', ['--version']);
const maybe = writer && has('soffice', ['--version']) && has('pdftoppm', ['-v']) ? test : test.skip;

function run(command: string, args: string[]): Promise<void> {
  return new Promise<void>((done, fail) => execFile(command, args, { timeout: 180000 }, (error) => (error ? fail(new Error(error.message)) : done())));
}

const OUT = join('test-results', 'report');

maybe(
  'each Word report converts to an A4 PDF with its header and signer, page numbers from page 2, and page 1 kept as a PNG',
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-docx-'));
    try {
      const files: string[] = [];
      for (const c of CASES) {
        const file = join(dir, `${c.name}.docx`);
        writeFileSync(file, await reportDocxBytes(reportDocument(c.input)));
        files.push(file);
      }
      await run('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files]);
      mkdirSync(OUT, { recursive: true });
      for (const c of CASES) {
        const pdf = join(dir, `${c.name}.pdf`);
        expect(existsSync(pdf)).toBe(true);
        const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
        // A4 is 595 × 842 points, portrait.
        expect(info).toMatch(/Page size:\s+595(\.\d+)? x 841\.89 pts \(A4\)/);
        const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
        const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf, '-'], { encoding: 'utf8' });
        expect(first).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
        expect(first).toContain('BÁO CÁO');
        // No page number on page 1; "2" heads page 2.
        expect(first.trimStart().startsWith('1')).toBe(false);
        if (pages >= 2) expect(execFileSync('pdftotext', ['-f', '2', '-l', '2', pdf, '-'], { encoding: 'utf8' }).trimStart()).toMatch(/^2\s/);
        const all = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
        expect(all).toContain('Nơi nhận:');
        expect(all).toContain(c.who === 'commune' ? 'TM. ỦY BAN NHÂN DÂN' : 'TRƯỞNG PHÒNG');
        await run('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', pdf, join(dir, c.name)]);
        copyFileSync(join(dir, `${c.name}.png`), join(OUT, `docx-${c.name}-page1.png`));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  240000,
);
