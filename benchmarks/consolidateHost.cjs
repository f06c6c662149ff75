// `node benchmarks/consolidateHost.cjs [records...]` (default 10000 60000): the consolidation written
// through the Office.js adapter into the strict host; prints syncs and request sizes.
require('./runTs.cjs')(require.resolve('./consolidateHost.ts'), process.argv.slice(2));
