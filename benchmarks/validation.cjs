// `node benchmarks/validation.cjs [records] [tracker]`: exceljs read vs readWorkbook vs
// validateWorkbook (per rule) on generated records; peak RSS.
require('./runTs.cjs')(require.resolve('./validation.ts'), process.argv.slice(2));
