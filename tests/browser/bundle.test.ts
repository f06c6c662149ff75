import { readFileSync, readdirSync, statSync } from 'fs';
import { join } from 'path';
import { DIST } from './support/paneBrowser';

/** What the production build ships on first load: small enough, and without exceljs. */
const html = readFileSync(join(DIST, 'taskpane.html'), 'utf8');
const initialScripts = [...html.matchAll(/<script[^>]*\bsrc="?([^"\s>]+)"?/g)].map((match) => match[1] ?? '').filter((src) => !src.startsWith('https://'));

describe('the production build', () => {
  it('loads Office.js from the CDN before the pane bundle', () => {
    const office = html.indexOf('appsforoffice.microsoft.com/lib/1/hosted/office.js');
    const pane = html.indexOf(initialScripts[0] ?? '<none>');
    expect(office).toBeGreaterThan(-1);
    expect(pane).toBeGreaterThan(office);
  });

  it('has a content-hashed initial bundle', () => {
    expect(initialScripts).toHaveLength(1);
    expect(initialScripts[0]).toMatch(/^taskpane\.[0-9a-f]{8}\.js$/);
  });

  it('keeps exceljs out of the initial bundle', () => {
    for (const script of initialScripts) {
      const code = readFileSync(join(DIST, script), 'utf8');
      expect(code).not.toMatch(/exceljs|ExcelJS|xlsx\/workbook/i);
    }
  });

  it('keeps the initial bundle under 700 KB', () => {
    const bytes = initialScripts.reduce((sum, script) => sum + statSync(join(DIST, script)).size, 0);
    console.log(`initial bundle: ${(bytes / 1024).toFixed(0)} KiB (${readdirSync(DIST).filter((f) => f.endsWith('.js')).length} js files in dist/)`);
    expect(bytes).toBeLessThan(700 * 1024);
  });
});
