// Writes examples/ke-hoach-xa-2026.xlsx from examples/communePlan2026.ts (see there).
require('../benchmarks/runTs.cjs')(require.resolve('./communePlan2026.ts'), process.argv.slice(2));
