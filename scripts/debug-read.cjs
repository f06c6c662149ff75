// `node scripts/debug-read.cjs FILE.xlsx`: what the one reader sees in a workbook (sheets, tables,
// column roles, row kinds, records and why a row is not taken). A tool for reading new kinds of tracker.
require('../benchmarks/runTs.cjs')(require.resolve('../benchmarks/debugRead.ts'), process.argv.slice(2));
