import { existsSync, mkdirSync } from 'fs';
import { join, resolve } from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { StrictExcelHostOptions } from '../../support/excelHost';
import { findChromium } from './chromiumPath';
import { excelHostScript } from './excelHostBundle';
import { serveFolder, type StaticServer } from './staticServer';

export const ROOT = resolve(__dirname, '../../..');
export const DIST = join(ROOT, 'dist');
export const SCREENSHOTS = join(ROOT, 'test-results/screenshots');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** A task pane is about 350–450 px wide in Excel; 380 is a common desktop default. */
export const PANE_VIEWPORT = { width: 380, height: 860 };

export type OfficeJs = { readonly kind: 'host'; readonly options?: StrictExcelHostOptions } | { readonly kind: 'unreachable' };

export interface PaneHarness {
  readonly browser: Browser;
  readonly server: StaticServer;
  readonly strictHost: boolean;
  readonly open: (hash?: string, officeJs?: OfficeJs) => Promise<OpenPane>;
  readonly close: () => Promise<void>;
}

export interface OpenPane {
  readonly page: Page;
  /** Uncaught errors and console errors seen on the page. */
  readonly errors: string[];
  readonly screenshot: (name: string) => Promise<string>;
}

/** Chromium (CHROMIUM_PATH, or found on PATH: see chromiumPath.ts), the built pane from dist/, and office.js answered by the strict Excel host. */
export async function startPaneHarness(): Promise<PaneHarness> {
  if (!existsSync(join(DIST, 'taskpane.html'))) {
    throw new Error('dist/taskpane.html is missing: run `npm run build` (npm run test:browser does it).');
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  const host = await excelHostScript();
  const server = await serveFolder(DIST);
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });

  const open = async (hash = '', officeJs: OfficeJs = { kind: 'host' }): Promise<OpenPane> => {
    const context = await browser.newContext({ viewport: PANE_VIEWPORT, locale: 'vi-VN', deviceScaleFactor: 1 });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && !/office\.js|ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(message.text())) errors.push(message.text());
    });
    // Nothing leaves the machine: office.js is answered locally, anything else external is refused.
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, async (route) => {
      if (officeJs.kind === 'host' && route.request().url() === OFFICE_JS) {
        await route.fulfill({ status: 200, contentType: 'application/javascript', body: host.script });
      } else {
        await route.abort('internetdisconnected');
      }
    });
    if (officeJs.kind === 'host' && officeJs.options) {
      await page.addInitScript((options) => {
        (window as unknown as { __excelHostOptions: unknown }).__excelHostOptions = options;
      }, officeJs.options);
    }
    await page.goto(`${server.baseUrl}/taskpane.html${hash}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    return {
      page,
      errors,
      screenshot: async (name) => {
        const file = join(SCREENSHOTS, `${name}.png`);
        await page.screenshot({ path: file, fullPage: true });
        return file;
      },
    };
  };

  return {
    browser,
    server,
    strictHost: host.strict,
    open,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
