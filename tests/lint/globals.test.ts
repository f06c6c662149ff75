/**
 * Each part type-checks with only the globals it may use (tsconfig.core.json, tsconfig.pane.json):
 * a snippet is planted, in memory, in the part's folder and checked with that part's compiler options.
 */
import path from 'node:path';
import ts from 'typescript';

const root = path.resolve(__dirname, '../..');
// Library files (lib.dom.d.ts, office-js) are parsed once for all the snippets.
const parsed = new Map<string, ts.SourceFile | undefined>();

/** Diagnostics, as "TS<code>: text", of `code` checked as `filePath` under the given tsconfig. */
function typeErrors(tsconfig: string, filePath: string, code: string): string[] {
  const configPath = path.join(root, tsconfig);
  const config = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error(`cannot read ${tsconfig}`);
  const planted = path.join(root, filePath);
  const host = ts.createCompilerHost(config.options);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  host.fileExists = (f) => f === planted || fileExists(f);
  host.readFile = (f) => (f === planted ? code : readFile(f));
  host.getSourceFile = (f, language, ...rest) => {
    if (f === planted) return ts.createSourceFile(f, code, language);
    if (!parsed.has(f)) parsed.set(f, getSourceFile(f, language, ...rest));
    return parsed.get(f);
  };
  // The part's own ambient files (types/core-globals.d.ts) come with it; its sources are not needed.
  const ambient = config.fileNames.filter((f) => f.endsWith('.d.ts'));
  const program = ts.createProgram({ rootNames: [...ambient, planted], options: { ...config.options, noUnusedLocals: false }, host });
  const source = program.getSourceFile(planted);
  return ts.getPreEmitDiagnostics(program, source).map((d) => `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
}

describe('pane code type-checks with DOM and Office.js globals only', () => {
  it.each([
    ['process', 'export const env = process.env;'],
    ['Buffer', "export const bytes = Buffer.from('x');"],
    ['require', "export const fs: unknown = require('fs');"],
    ['a jest global', 'export const kind = typeof describe;'],
  ])('given pane code that uses %s, typecheck fails', (_name, code) => {
    expect(typeErrors('tsconfig.pane.json', 'src/taskpane/planted.ts', code)).toEqual([expect.stringMatching(/^TS\d+: Cannot find name/)]);
  });

  it('given pane code that uses the DOM and Office.js, typecheck passes', () => {
    expect(typeErrors('tsconfig.pane.json', 'src/excel/planted.ts', 'export const both = [document.title, typeof Office, typeof Excel];')).toEqual([]);
  });
});

describe('core code type-checks with the language and the URL class only', () => {
  it.each([
    ['window', 'export const w = window;'],
    ['document', 'export const d = document;'],
    ['process', 'export const env = process.env;'],
    ['the Excel global', 'export const run = Excel.run;'],
    ['a jest global', 'export const kind = typeof expect;'],
  ])('given core code that uses %s, typecheck fails', (_name, code) => {
    expect(typeErrors('tsconfig.core.json', 'src/core/planted.ts', code)).toEqual([expect.stringMatching(/^TS\d+: Cannot find name/)]);
  });

  it('given core code that parses a URL, typecheck passes', () => {
    expect(typeErrors('tsconfig.core.json', 'src/core/planted.ts', "export const host = new URL('https://example.org').hostname;")).toEqual([]);
  });
});
