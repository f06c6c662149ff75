/**
 * The architecture's boundaries (README "Architecture", eslint.config.mjs `boundaries`) are refused by
 * lint: each forbidden import is planted, in memory, in a file of the part it must stay out of, and
 * the lint error is expected; the imports each part relies on are planted too and must pass.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

interface Planted {
  readonly filePath: string;
  readonly code: string;
}
interface LintMessage {
  readonly ruleId: string | null;
  readonly message: string;
  readonly severity: number;
}

const root = path.resolve(__dirname, '../..');

/** One import of `specifier` that is used, so no unused-import rule speaks for it. */
const importOf = (specifier: string): string => `import * as planted from '${specifier}';\nexport const used = planted;\n`;

const forbidden: ReadonlyArray<readonly [string, Planted]> = [
  ['src/core imports the Office.js adapter', { filePath: 'src/core/plan/planted.ts', code: importOf('../../excel/readSheet') }],
  ['src/core imports the file adapter', { filePath: 'src/core/plan/planted.ts', code: importOf('../../xlsx/readWorkbook') }],
  ['src/core imports the pane', { filePath: 'src/core/planted.ts', code: importOf('../taskpane/App') }],
  ['src/core imports the command line', { filePath: 'src/core/report/planted.ts', code: importOf('../../cli/run') }],
  ['src/core re-exports the file adapter', { filePath: 'src/core/planted.ts', code: "export * from '../xlsx/index';\n" }],
  ['src/core loads an adapter with import()', { filePath: 'src/core/plan/planted.ts', code: "export const load = () => import('../../excel/readSheet');\n" }],
  ['src/core imports exceljs', { filePath: 'src/core/records/planted.ts', code: importOf('exceljs') }],
  ['src/core imports React', { filePath: 'src/core/planted.ts', code: importOf('react') }],
  ['src/core imports Fluent UI', { filePath: 'src/core/planted.ts', code: importOf('@fluentui/react-components') }],
  ['src/core imports commander', { filePath: 'src/core/planted.ts', code: importOf('commander') }],
  ['src/core imports docx', { filePath: 'src/core/report/planted.ts', code: importOf('docx') }],
  ['src/core imports fflate', { filePath: 'src/core/planted.ts', code: importOf('fflate') }],
  ['src/core imports an Office.js package', { filePath: 'src/core/planted.ts', code: importOf('@microsoft/office-js') }],
  ['src/core imports node:fs', { filePath: 'src/core/planted.ts', code: importOf('node:fs') }],
  ['src/core imports path without the node: prefix', { filePath: 'src/core/text/planted.ts', code: importOf('path') }],
  ['src/core requires a Node module', { filePath: 'src/core/planted.ts', code: "export const fs: unknown = require('fs');\n" }],
  ['src/excel imports the file adapter', { filePath: 'src/excel/planted.ts', code: importOf('../xlsx/readWorkbook') }],
  ['src/excel imports the pane', { filePath: 'src/excel/planted.ts', code: importOf('../taskpane/App') }],
  ['src/excel imports the command line', { filePath: 'src/excel/planted.ts', code: importOf('../cli/run') }],
  ['src/excel imports exceljs', { filePath: 'src/excel/planted.ts', code: importOf('exceljs') }],
  ['src/excel imports a Node module', { filePath: 'src/excel/planted.ts', code: importOf('node:buffer') }],
  ['src/xlsx imports the Office.js adapter', { filePath: 'src/xlsx/planted.ts', code: importOf('../excel/readSheet') }],
  ['src/xlsx imports the pane', { filePath: 'src/xlsx/planted.ts', code: importOf('../taskpane/App') }],
  ['src/xlsx imports the command line', { filePath: 'src/xlsx/planted.ts', code: importOf('../cli/run') }],
  ['src/xlsx imports a Node module', { filePath: 'src/xlsx/planted.ts', code: importOf('node:fs/promises') }],
  ['src/xlsx imports React', { filePath: 'src/xlsx/planted.ts', code: importOf('react') }],
  ['src/cli imports the Office.js adapter', { filePath: 'src/cli/commands/planted.ts', code: importOf('../../excel/officeWorkbookPort') }],
  ['src/cli imports the pane', { filePath: 'src/cli/planted.ts', code: importOf('../taskpane/App') }],
  ['src/cli imports React', { filePath: 'src/cli/planted.ts', code: importOf('react') }],
  ['src/cli imports Fluent UI', { filePath: 'src/cli/planted.ts', code: importOf('@fluentui/react-components') }],
  ['src/taskpane imports the command line', { filePath: 'src/taskpane/plan/planted.ts', code: importOf('../../cli/run') }],
  ['src/taskpane imports exceljs', { filePath: 'src/taskpane/plan/planted.ts', code: importOf('exceljs') }],
  ['src/taskpane loads exceljs with import()', { filePath: 'src/taskpane/plan/planted.ts', code: "export const load = () => import('exceljs');\n" }],
  ['src/taskpane imports src/xlsx statically', { filePath: 'src/taskpane/plan/planted.ts', code: importOf('../../xlsx/readWorkbook') }],
  ['src/taskpane imports an Office.js package', { filePath: 'src/taskpane/planted.ts', code: importOf('@microsoft/office-js') }],
  ['a pane hook imports the Office.js adapter', { filePath: 'src/taskpane/hooks/planted.ts', code: importOf('../../excel/officeWorkbookPort') }],
  ['a pane component imports the Office.js adapter', { filePath: 'src/taskpane/components/Planted.tsx', code: importOf('../../excel/readSheet') }],
  ['src/taskpane imports a Node module', { filePath: 'src/taskpane/plan/planted.ts', code: importOf('node:fs') }],
];

const allowed: ReadonlyArray<readonly [string, Planted]> = [
  ['src/core imports another core folder', { filePath: 'src/core/report/planted.ts', code: importOf('../periods/periodFor') }],
  ['src/core imports intl-messageformat (pure, runs anywhere)', { filePath: 'src/core/i18n/planted.ts', code: importOf('intl-messageformat') }],
  ['src/excel imports the core', { filePath: 'src/excel/planted.ts', code: importOf('../core/layout/types') }],
  [
    'src/xlsx imports exceljs and the core',
    { filePath: 'src/xlsx/planted.ts', code: `${importOf('exceljs')}import * as core from '../core/layout/types';\nexport const alsoUsed = core;\n` },
  ],
  [
    'src/cli imports src/xlsx, commander and Node',
    {
      filePath: 'src/cli/planted.ts',
      code: `${importOf('../xlsx/readWorkbook')}import * as c from 'commander';\nimport * as fs from 'node:fs';\nexport const more = [c, fs];\n`,
    },
  ],
  [
    'src/taskpane imports React, Fluent UI and the core',
    {
      filePath: 'src/taskpane/components/Planted.tsx',
      code: `${importOf('react')}import * as f from '@fluentui/react-components';\nimport * as core from '../../core/i18n/format';\nexport const more = [f, core];\n`,
    },
  ],
  [
    'src/taskpane loads src/xlsx with import()',
    { filePath: 'src/taskpane/plan/planted.ts', code: "export const load = () => import('../../xlsx/readWorkbook');\n" },
  ],
  ['src/taskpane imports the error classes of src/xlsx', { filePath: 'src/taskpane/plan/planted.ts', code: importOf('../../xlsx/errors') }],
  [
    'src/taskpane imports types from src/xlsx',
    { filePath: 'src/taskpane/plan/planted.ts', code: "import type { ReadOptions } from '../../xlsx/readWorkbook';\nexport type Planted = ReadOptions;\n" },
  ],
  ['the pane entry point wires the Office.js adapter', { filePath: 'src/taskpane/index.tsx', code: importOf('../excel/officeWorkbookPort') }],
];

const otherRules: ReadonlyArray<readonly [string, string, Planted]> = [
  [
    'a pane hook is called conditionally',
    'react-hooks/rules-of-hooks',
    {
      filePath: 'src/taskpane/hooks/usePlanted.ts',
      code: "import { useState } from 'react';\nexport function usePlanted(on: boolean): number {\n  if (on) {\n    const [n] = useState(0);\n    return n;\n  }\n  return 0;\n}\n",
    },
  ],
  ['src/xlsx uses the Excel global', 'no-restricted-globals', { filePath: 'src/xlsx/planted.ts', code: 'export const run = (): unknown => Excel.run;\n' }],
  [
    'a pane component uses the Office global',
    'no-restricted-globals',
    { filePath: 'src/taskpane/components/Planted.tsx', code: 'export const host = (): unknown => Office.context;\n' },
  ],
  ['src/core uses process', 'no-restricted-globals', { filePath: 'src/core/planted.ts', code: 'export const env = (): unknown => process.env;\n' }],
];

const planted: Planted[] = [...forbidden.map(([, p]) => p), ...allowed.map(([, p]) => p), ...otherRules.map(([, , p]) => p)];
let results: LintMessage[][] = [];

beforeAll(() => {
  const run = spawnSync(process.execPath, [path.join(__dirname, 'lintText.mjs')], {
    cwd: root,
    input: JSON.stringify(planted),
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`ESLint did not run: ${run.stderr}`);
  results = (JSON.parse(run.stdout) as { messages: LintMessage[] }[]).map((r) => r.messages);
}, 120000);

const messagesFor = (p: Planted): LintMessage[] => results[planted.indexOf(p)] ?? [];

describe('lint refuses every import the architecture forbids', () => {
  it.each(forbidden)('given %s, lint reports the crossed boundary', (_name, p) => {
    const errors = messagesFor(p).filter((m) => m.severity === 2 && m.ruleId === 'cchc/import-boundaries');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/crosses a boundary/);
  });
});

describe('lint lets each part use what it relies on', () => {
  it.each(allowed)('given %s, lint reports nothing', (_name, p) => {
    expect(messagesFor(p)).toEqual([]);
  });
});

describe('lint refuses hooks misuse and host globals outside their part', () => {
  it.each(otherRules)('given %s, lint reports %s', (_name, ruleId, p) => {
    expect(
      messagesFor(p)
        .filter((m) => m.severity === 2)
        .map((m) => m.ruleId),
    ).toContain(ruleId);
  });
});
