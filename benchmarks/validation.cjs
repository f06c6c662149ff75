// Runs benchmarks/validation.ts without a build step: `node benchmarks/validation.cjs [records]`.
// TypeScript files are transpiled on require with the project's own compiler (no type check here;
// `npx tsc -p benchmarks` checks them), so the benchmark always measures the current sources.
const fs = require('fs');
const ts = require('typescript');

require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  });
  module._compile(outputText, filename);
};

require('./validation.ts')
  .main(process.argv.slice(2))
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
