// Type-aware lint is a gate (npm test runs it). Two boundaries are enforced here, not by habit:
// src/core imports nothing from Office.js, exceljs, React or Node; only src/excel touches Office.js.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';

const adapterPackages = ['react', 'react-dom', 'react/*', 'exceljs', 'docx', '@fluentui/*', 'office-*', '@microsoft/office-js*', 'commander'];
const nodeModules = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'url', 'util', 'stream', 'buffer', 'crypto'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-results/**'] },
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
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: [...adapterPackages, ...nodeModules], message: 'src/core is pure: no Office.js, exceljs, React or Node modules.' },
            { group: ['**/excel/**', '**/xlsx/**', '**/docx/**', '**/taskpane/**', '**/cli/**'], message: 'src/core must not depend on an adapter.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'Excel', 'Office', 'process', 'Buffer', 'window', 'document'],
    },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', { name: 'Excel', message: 'Only src/excel talks to Office.js; take actions through props or hooks.' }, { name: 'Office', message: 'Only src/excel talks to Office.js.' }],
      'no-restricted-imports': ['error', { patterns: [{ group: ['exceljs'], message: 'Load exceljs lazily through src/xlsx.' }] }],
    },
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
      globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly' },
    },
  },
);
