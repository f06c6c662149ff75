import { existsSync, readFileSync } from 'fs';
import { join, resolve } from 'path';
import { child, descendants, parseXml, path, type XmlElement } from './xmlTree';

/**
 * `office-addin-manifest validate` needs the internet, so this checks what the schema and Office
 * insist on: element order, required elements, resids that resolve, and — against the build
 * output — that every URL and icon the manifest names exists.
 */
const ROOT = resolve(__dirname, '../..');
const DIST = join(ROOT, 'dist');
const DEV_BASE = 'https://localhost:3000/';
const manifest = parseXml(readFileSync(join(ROOT, 'manifest.xml'), 'utf8'));
const names = (element: XmlElement): string[] => element.children.map((c) => c.name);
const attr = (element: XmlElement, name: string): string => {
  const value = element.attributes[name];
  if (value === undefined) throw new Error(`<${element.name}> has no ${name}="…".`);
  return value;
};

/** Checks that `actual` lists `expected` in this order, allowing optional ones to be absent. */
function expectInOrder(actual: string[], expected: string[]): void {
  expect(actual.filter((name) => expected.includes(name))).toEqual(expected.filter((name) => actual.includes(name)));
}

const resources = path(manifest, 'VersionOverrides', 'Resources');
const resourceIds = (kind: string): Map<string, XmlElement> => new Map(child(resources, kind).children.map((resource) => [attr(resource, 'id'), resource]));
const images = resourceIds('bt:Images');
const urls = resourceIds('bt:Urls');
const shortStrings = resourceIds('bt:ShortStrings');
const longStrings = resourceIds('bt:LongStrings');
const desktop = path(manifest, 'VersionOverrides', 'Hosts', 'Host', 'DesktopFormFactor');
const buttons = descendants(desktop).filter((element) => element.name === 'Control');

describe('manifest.xml', () => {
  it('is a task-pane add-in for Excel workbooks', () => {
    expect(manifest.name).toBe('OfficeApp');
    expect(manifest.attributes['xsi:type']).toBe('TaskPaneApp');
    expect(manifest.attributes.xmlns).toBe('http://schemas.microsoft.com/office/appforoffice/1.1');
    expect(path(manifest, 'Hosts').children.map((host) => host.attributes.Name)).toEqual(['Workbook']);
  });

  it('lists the base elements in the order the schema requires', () => {
    const required = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'Hosts', 'DefaultSettings', 'Permissions'];
    for (const name of required) expect(names(manifest)).toContain(name);
    expectInOrder(names(manifest), [
      'Id',
      'AlternateId',
      'Version',
      'ProviderName',
      'DefaultLocale',
      'DisplayName',
      'Description',
      'IconUrl',
      'HighResolutionIconUrl',
      'SupportUrl',
      'AppDomains',
      'Hosts',
      'Requirements',
      'DefaultSettings',
      'Permissions',
      'VersionOverrides',
    ]);
  });

  it('has a stable GUID id, a four-part version and Vietnamese as default locale', () => {
    expect(child(manifest, 'Id').text).toBe('1430201b-970f-4bc0-896d-7c8ea9615777');
    expect(child(manifest, 'Version').text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(child(manifest, 'DefaultLocale').text).toBe('vi-VN');
    expect(child(manifest, 'DisplayName').children.map((o) => o.attributes.Locale)).toEqual(['en-US']);
  });

  it('asks for no ExcelApi requirement set, so older Excel still lists the add-in', () => {
    const requirementSets = descendants(manifest).filter((element) => element.name === 'Set' || element.name === 'Requirements');
    expect(requirementSets).toEqual([]);
  });

  it('orders the desktop form factor as GetStarted, FunctionFile, ExtensionPoint', () => {
    expect(names(desktop)).toEqual(['GetStarted', 'FunctionFile', 'ExtensionPoint']);
    expect(path(manifest, 'VersionOverrides').children.map((c) => c.name)).toEqual(['Hosts', 'Resources']);
    expect(names(resources)).toEqual(['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings']);
  });

  it('puts one group on the Home tab with a button per pane section', () => {
    const tab = path(desktop, 'ExtensionPoint', 'OfficeTab');
    expect(attr(tab, 'id')).toBe('TabHome');
    const group = child(tab, 'Group');
    expect(names(group).slice(0, 2)).toEqual(['Label', 'Icon']);
    const sections = buttons.map((button) => urls.get(attr(path(button, 'Action', 'SourceLocation'), 'resid'))?.attributes.DefaultValue);
    expect(sections).toEqual(['so-theo-doi', 'kiem-tra', 'bao-cao', 'tong-hop', 'ke-hoach'].map((s) => `${DEV_BASE}taskpane.html#${s}`));
  });

  it.each(buttons.map((button) => [attr(button, 'id'), button] as const))('button %s is complete and in schema order', (_id, button) => {
    expect(button.attributes['xsi:type']).toBe('Button');
    expect(names(button)).toEqual(['Label', 'Supertip', 'Icon', 'Action']);
    expect(names(child(button, 'Supertip'))).toEqual(['Title', 'Description']);
    const action = child(button, 'Action');
    expect(action.attributes['xsi:type']).toBe('ShowTaskpane');
    expect(names(action)).toEqual(['TaskpaneId', 'SourceLocation']);
    // One shared pane: another button replaces its page instead of opening a second pane.
    expect(child(action, 'TaskpaneId').text).toBe('CchcPane');
  });

  it('has unique control and group ids', () => {
    const ids = descendants(desktop)
      .filter((e) => e.name === 'Control' || e.name === 'Group')
      .map((e) => attr(e, 'id'));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('resolves every resid to a resource of the right kind', () => {
    const unresolved: string[] = [];
    for (const element of descendants(desktop)) {
      const resid = element.attributes.resid;
      if (resid === undefined) continue;
      const table =
        element.name === 'bt:Image'
          ? images
          : ['FunctionFile', 'SourceLocation', 'LearnMoreUrl'].includes(element.name)
            ? urls
            : element.name === 'Description'
              ? longStrings
              : shortStrings;
      if (!table.has(resid)) unresolved.push(`<${element.name} resid="${resid}">`);
    }
    expect(unresolved).toEqual([]);
  });

  it('keeps strings within Office limits (short 125, long 250 characters) and translated to English', () => {
    for (const [table, limit] of [
      [shortStrings, 125],
      [longStrings, 250],
    ] as const) {
      for (const [id, text] of table) {
        expect([id, attr(text, 'DefaultValue').length <= limit]).toEqual([id, true]);
        expect([id, text.children.map((o) => o.attributes.Locale)]).toEqual([id, ['en-US']]);
      }
    }
  });

  it('gives icons of 16, 32 and 80 px to the group and every button', () => {
    const iconSets = descendants(desktop).filter((e) => e.name === 'Icon');
    expect(iconSets).toHaveLength(buttons.length + 1);
    for (const icon of iconSets) expect(icon.children.map((image) => image.attributes.size)).toEqual(['16', '32', '80']);
  });
});

describe('manifest.xml against the build output', () => {
  const built = existsSync(join(DIST, 'manifest.xml'));
  if (!built) {
    it.skip('dist/ is missing: run `npx webpack --mode production` first (npm run test:browser builds it)', () => undefined);
    return;
  }
  const builtManifest = readFileSync(join(DIST, 'manifest.xml'), 'utf8');
  const baseMatch = /<SourceLocation DefaultValue="(https:\/\/[^"]+?)\/taskpane\.html"/.exec(builtManifest);
  const base = `${baseMatch?.[1] ?? 'https://localhost:3000'}/`;
  const named = [...builtManifest.matchAll(/"(https:\/\/[^"]+)"/g)].map((m) => m[1] ?? '').filter((url) => !url.includes('schemas.microsoft.com'));

  it('names only URLs under one base', () => {
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter((url) => !url.startsWith(base))).toEqual([]);
  });

  it.each([...new Set(named)])('%s exists in dist/', (url) => {
    const file = url.slice(base.length).replace(/[#?].*$/, '');
    expect(existsSync(join(DIST, file === '' ? 'taskpane.html' : file))).toBe(true);
  });

  it('ships real PNG icons of the sizes their names say', () => {
    for (const size of [16, 32, 64, 80]) {
      const png = readFileSync(join(DIST, 'assets', `icon-${size}.png`));
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
});

describe('deploying with ADDIN_BASE_URL', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const build = require('../../webpack.config.js') as { addinBaseUrl(): string; rewriteManifest(content: Buffer, baseUrl: string, version?: string): string };
  const source = readFileSync(join(ROOT, 'manifest.xml'));
  const saved = process.env.ADDIN_BASE_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.ADDIN_BASE_URL;
    else process.env.ADDIN_BASE_URL = saved;
  });

  it('points every URL at the deployment and leaves none on localhost', () => {
    process.env.ADDIN_BASE_URL = 'https://cchc.godau.example.vn/addin/';
    const rewritten = build.rewriteManifest(source, build.addinBaseUrl());
    expect(rewritten).not.toContain('localhost');
    expect(rewritten).toContain('<SourceLocation DefaultValue="https://cchc.godau.example.vn/addin/taskpane.html"/>');
    expect(rewritten).toContain('https://cchc.godau.example.vn/addin/taskpane.html#ke-hoach');
    expect(() => parseXml(rewritten)).not.toThrow();
  });

  it('keeps localhost when ADDIN_BASE_URL is not set', () => {
    delete process.env.ADDIN_BASE_URL;
    // The source's placeholder version, so only the URLs are compared (tests/manifest/version checks the version).
    expect(build.rewriteManifest(source, build.addinBaseUrl(), '0.0.0')).toBe(source.toString('utf8'));
  });

  it('refuses a plain http URL, which Office would not load', () => {
    process.env.ADDIN_BASE_URL = 'http://cchc.example.vn';
    expect(() => build.addinBaseUrl()).toThrow(/https/);
  });
});
