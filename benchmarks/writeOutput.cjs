require('./runTs.cjs')(require.resolve('./writeOutput.ts'), process.argv.slice(2));
