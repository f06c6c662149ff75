import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'fs';
import { join, resolve } from 'path';
import webpack from 'webpack';

const ROOT = resolve(__dirname, '../../..');
const HOST_DIR = join(ROOT, 'tests/support/excelHost');
const OUT_DIR = join(ROOT, 'test-results/browser-host');
const OUT_FILE = join(OUT_DIR, 'office-host.js');
// The host's own browser entry: installs Excel and Office on window with window.__excelHostOptions.
const ENTRY = join(HOST_DIR, 'browserEntry.ts');

/**
 * Used only while tests/support/excelHost is not written yet: just enough Office for the pane to
 * start (Office.onReady, requirement checks that say yes). It is replaced by the strict host as
 * soon as that exists.
 */
const STAND_IN = `window.Office = {
  HostType: { Excel: 'Excel' }, PlatformType: { OfficeOnline: 'OfficeOnline' },
  onReady: function (cb) { var info = { host: 'Excel', platform: 'OfficeOnline' }; if (cb) cb(info); return Promise.resolve(info); },
  context: { requirements: { isSetSupported: function () { return true; } } }
};`;

const newestChange = (dir: string): number => readdirSync(dir).reduce((newest, name) => Math.max(newest, statSync(join(dir, name)).mtimeMs), 0);

/**
 * The strict Excel host bundled for the browser, as script text that installs Excel and Office
 * on window. Rebuilt only when its sources changed since the last build.
 */
export async function excelHostScript(): Promise<{ script: string; strict: boolean }> {
  if (!existsSync(ENTRY)) return { script: STAND_IN, strict: false };
  const stale = !existsSync(OUT_FILE) || statSync(OUT_FILE).mtimeMs < newestChange(HOST_DIR);
  if (stale) {
    mkdirSync(OUT_DIR, { recursive: true });
    await new Promise<void>((done, fail) => {
      webpack(
        {
          mode: 'development',
          devtool: false,
          entry: ENTRY,
          target: 'web',
          output: { path: OUT_DIR, filename: 'office-host.js', iife: true },
          resolve: { extensions: ['.ts', '.js'] },
          module: {
            rules: [
              {
                test: /\.ts$/,
                exclude: /node_modules/,
                use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
              },
            ],
          },
          infrastructureLogging: { level: 'error' },
        },
        (error, stats) => {
          if (error) fail(error);
          else if (stats?.hasErrors()) fail(new Error(stats.toString({ all: false, errors: true })));
          else done();
        },
      );
    });
  }
  return { script: readFileSync(OUT_FILE, 'utf8'), strict: true };
}
