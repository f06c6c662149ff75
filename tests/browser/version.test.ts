import { readFileSync } from 'fs';
import { join } from 'path';
import { DIST, ROOT, startPaneHarness, type PaneHarness } from './support/paneBrowser';

/** The production build shows package.json's version in the pane's footer and in the manifest. */
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
let harness: PaneHarness;

beforeAll(async () => {
  harness = await startPaneHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe('the built add-in', () => {
  it("states package.json's version in the manifest and in the pane's footer", async () => {
    expect(readFileSync(join(DIST, 'manifest.xml'), 'utf8')).toContain(`<Version>${version}.0</Version>`);
    const { page } = await harness.open();
    expect(await page.locator('footer').innerText()).toBe(`Phiên bản ${version}`);
  });
});
