// Writes examples/ke-hoach-tinh-2026.xlsx from examples/provincePlan2026.ts (see there).
require('../benchmarks/runTs.cjs')(require.resolve('./provincePlan2026.ts'), process.argv.slice(2));
