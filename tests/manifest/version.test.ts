import { readFileSync } from 'fs';
import { join, resolve } from 'path';

/**
 * One version, package.json's: the build writes it into the manifest's <Version> and into the pane
 * (DefinePlugin), so what Office shows in the add-in's details and what the pane's footer says agree.
 * tests/browser/version.test.ts checks the same on the production build.
 */
const ROOT = resolve(__dirname, '../..');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

interface BuildConfig {
  (env: Record<string, unknown>, argv: { mode: string }): Promise<{ plugins: object[] }>;
  rewriteManifest(content: Buffer, baseUrl: string, version?: string): string;
  manifestVersion(version: string): string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const build = require('../../webpack.config.js') as BuildConfig;
const source = readFileSync(join(ROOT, 'manifest.xml'));
const versionIn = (manifest: string): string | undefined => /<Version>([^<]*)<\/Version>/.exec(manifest)?.[1];

describe('the version', () => {
  it("given package.json's version, the built manifest carries it as four numbers", () => {
    expect(versionIn(build.rewriteManifest(source, 'https://localhost:3000'))).toBe(`${version}.0`);
    expect(versionIn(build.rewriteManifest(source, 'https://cchc.example.vn/addin'))).toBe(`${version}.0`);
  });

  it('given a release or pre-release version, writes the numbers Office accepts; refuses one it cannot write', () => {
    expect(build.manifestVersion('1.2.3')).toBe('1.2.3.0');
    expect(build.manifestVersion('2.0.0-beta.1')).toBe('2.0.0.0');
    expect(() => build.manifestVersion('1.2')).toThrow(/cannot be a manifest <Version>/);
  });

  it("given the production build's configuration, the pane gets the same version through DefinePlugin", async () => {
    const config = await build({}, { mode: 'production' });
    const defined = config.plugins
      .map((plugin) => (plugin as { definitions?: Record<string, unknown> }).definitions?.__CCHC_VERSION__)
      .find((value) => value !== undefined);
    expect(defined).toBe(JSON.stringify(version));
  });

  it('keeps a placeholder in the source manifest, so package.json is the only place to change it', () => {
    expect(versionIn(source.toString('utf8'))).toBe('0.0.0.0');
  });
});
