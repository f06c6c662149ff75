// Type-aware lint is a gate (npm test runs it). The architecture's boundaries (README "Architecture")
// are enforced here, not by habit: `boundaries` below lists every forbidden import, one line each, and
// tests/lint/boundaries.test.ts plants each one and expects the error.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';
import reactHooks from 'eslint-plugin-react-hooks';
import { importBoundaries } from './eslint/importBoundaries.mjs';

const uiPackages = ['react', 'react-dom', 'scheduler', '@fluentui/*'];
// Office.js itself is a global loaded from Microsoft's CDN; these are the packages that would bring it in.
const officePackages = ['@microsoft/office-js*', 'office-*'];
const filePackages = ['exceljs', 'fflate'];

/**
 * Every import the architecture forbids. `from` is the part whose files are checked; `parts` are this
 * project's folders and `packages` the npm packages (or 'node:*', every Node built-in) it must not import.
 * @type {import('./eslint/importBoundaries.mjs').Boundary[]}
 */
const boundaries = [
  // 1. The core is pure: it never depends on an adapter, so both adapters and both front ends can use it.
  { from: 'src/core', parts: ['src/excel', 'src/xlsx', 'src/docx', 'src/taskpane', 'src/cli'], message: 'src/core must not depend on an adapter or a front end.' },
  // 1b. The Word adapter renders the core's report document; it does not reach into the other adapters or the front ends.
  { from: 'src/docx', parts: ['src/excel', 'src/xlsx', 'src/taskpane', 'src/cli'], message: 'src/docx renders documents only; it does not use src/excel, src/xlsx, src/taskpane or src/cli.' },
  // 2. The core runs in the pane, in Node and in tests alike: no host, UI, file-format or command-line package.
  {
    from: 'src/core',
    packages: [...uiPackages, ...officePackages, ...filePackages, 'docx', 'commander', 'tinyglobby'],
    message: 'src/core is pure: no Office.js, exceljs, React or other adapter package.',
  },
  // 3. ... and no Node built-in (the pane has none).
  { from: 'src/core', packages: ['node:*'], message: 'src/core is pure: no Node modules.' },
  // 4. The Office.js adapter is one adapter: it does not reach into the file adapter or either front end.
  {
    from: 'src/excel',
    parts: ['src/xlsx', 'src/taskpane', 'src/cli'],
    message: 'src/excel talks to Office.js only; it does not use src/xlsx, src/taskpane or src/cli.',
  },
  // 5. It runs inside Excel's browser runtime: no Node, no file libraries, no UI, no command line.
  {
    from: 'src/excel',
    packages: ['node:*', ...filePackages, 'docx', 'commander', 'tinyglobby', ...uiPackages],
    message: 'src/excel runs in Excel: no Node, exceljs, React or command-line packages.',
  },
  // 6. The file adapter does not reach into the Office.js adapter or either front end.
  {
    from: 'src/xlsx',
    parts: ['src/excel', 'src/taskpane', 'src/cli'],
    message: 'src/xlsx reads and writes files only; it does not use src/excel, src/taskpane or src/cli.',
  },
  // 7. src/xlsx is loaded by the pane too (lazily), so it uses no Node built-in, UI, Office or command-line package.
  {
    from: 'src/xlsx',
    packages: ['node:*', ...uiPackages, ...officePackages, 'commander', 'tinyglobby'],
    message: 'src/xlsx runs in the pane too: no Node, React, Office.js or command-line packages.',
  },
  // 8. The command line runs without Excel: it never imports the Office.js adapter or the pane.
  { from: 'src/cli', parts: ['src/excel', 'src/taskpane'], message: 'src/cli runs without Excel: it does not use src/excel or src/taskpane.' },
  // 9. ... nor React, Fluent or Office.js packages.
  { from: 'src/cli', packages: [...uiPackages, ...officePackages], message: 'src/cli runs in Node: no React, Fluent UI or Office.js packages.' },
  // 10. The pane never imports the command line.
  { from: 'src/taskpane', parts: ['src/cli'], message: 'src/taskpane does not use src/cli; shared steps belong in src/core.' },
  // 11. The pane reaches files only through src/xlsx, so exceljs and the zip reader stay out of its first-load script.
  { from: 'src/taskpane', packages: filePackages, message: 'src/taskpane loads exceljs lazily through src/xlsx, never directly.' },
  // 12. src/xlsx is loaded lazily: `import()` it (its own chunk) or import its types; only its error classes are light enough to import statically.
  {
    from: 'src/taskpane',
    parts: ['src/xlsx'],
    allowParts: ['src/xlsx/errors'],
    allowDynamic: true,
    allowTypeOnly: true,
    message: 'src/taskpane loads src/xlsx with import() so exceljs stays out of the first-load script.',
  },
  // 13. Office.js comes from Microsoft's CDN and only src/excel talks to it.
  { from: 'src/taskpane', packages: officePackages, message: 'Only src/excel talks to Office.js.' },
  // 14. Only the pane's entry point wires the Office.js adapter; components, hooks and steps get a WorkbookPort.
  {
    from: 'src/taskpane',
    except: ['src/taskpane/index.tsx'],
    parts: ['src/excel'],
    message: 'Only src/taskpane/index.tsx wires src/excel; components and steps take a WorkbookPort.',
  },
  // 15. The pane runs in a browser: no Node built-in, no command-line package.
  {
    from: 'src/taskpane',
    packages: ['node:*', 'commander', 'tinyglobby'],
    message: 'src/taskpane runs in a browser: no Node modules or command-line packages.',
  },
];

const officeGlobals = [
  { name: 'Excel', message: 'Only src/excel talks to Office.js; take actions through props, hooks or a WorkbookPort.' },
  { name: 'Office', message: 'Only src/excel talks to Office.js.' },
  { name: 'OfficeExtension', message: 'Only src/excel talks to Office.js.' },
];

export default tseslint.config(
  // types/ holds ambient declarations for tsconfig.core.json only (tsconfig.json has the DOM's own).
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'types/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { cchc: { rules: { 'import-boundaries': importBoundaries } } },
    rules: { 'cchc/import-boundaries': ['error', { root: import.meta.dirname, builtins: builtinModules, boundaries }] },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', ...officeGlobals, 'process', 'Buffer', 'window', 'document'] },
  },
  {
    // Office.js globals are for src/excel only; the pane's components get a WorkbookPort.
    files: ['src/taskpane/**/*.{ts,tsx}', 'src/xlsx/**/*.ts', 'src/cli/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', ...officeGlobals] },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/excel/**/*.ts'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/load-object-before-read': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    rules: { ...tseslint.configs.disableTypeChecked.rules, '@typescript-eslint/no-require-imports': 'off' },
    languageOptions: {
      parserOptions: { projectService: false },
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
      },
    },
  },
);
