/** Browser tests: the production build of the pane in Debian's Chromium, driven by playwright-core. */
/** @type {import('jest').Config} */
module.exports = {
  ...require('./jest.config.js'),
  testPathIgnorePatterns: ['/node_modules/'],
  roots: ['<rootDir>/tests/browser'],
  testTimeout: 120000,
  maxWorkers: 1,
};
