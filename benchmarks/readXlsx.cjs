// `node benchmarks/readXlsx.cjs [files=30] [records=2000] [dir]`: the unzip-and-scan floor vs exceljs's
// plain load vs the project's reader (readXlsx), side by side on the same files, with ratios.
require('./runTs.cjs')(require.resolve('./readXlsx.ts'), process.argv.slice(2));
