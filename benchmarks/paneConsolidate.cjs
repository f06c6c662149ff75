// `npm run build && npm run build:cli && node benchmarks/paneConsolidate.cjs [files=30] [records=2000] [--inline]`:
// Tổng hợp in the built pane in Chromium (worker, or --inline without one) next to `cchc consolidate --json`.
require('./runTs.cjs')(require.resolve('./paneConsolidate.ts'), process.argv.slice(2));
