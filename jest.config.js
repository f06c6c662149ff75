/**
 * Unit tests: everything under tests/ except the browser tests, which need a production build and
 * Chromium (jest.browser.config.js). ts-jest only transpiles; `npm run typecheck` checks types once.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/browser/'],
  transform: {
    '^.+\\.tsx?$': [
      'ts-jest',
      {
        // isolatedModules in the tsconfig makes ts-jest transpile only; types are checked once by `npm run typecheck`.
        tsconfig: { module: 'CommonJS', moduleResolution: 'Node', jsx: 'react-jsx', esModuleInterop: true, isolatedModules: true },
      },
    ],
  },
  testTimeout: 30000,
};
