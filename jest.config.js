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
        isolatedModules: true,
        tsconfig: { module: 'CommonJS', moduleResolution: 'Node', jsx: 'react-jsx', esModuleInterop: true },
      },
    ],
  },
  testTimeout: 30000,
};
