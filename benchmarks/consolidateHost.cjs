// Runs benchmarks/consolidateHost.ts without a build step: `node benchmarks/consolidateHost.cjs [records...]`
// (default 10000 60000). TypeScript is transpiled on require with the project's own compiler (no
// type check here; `npx tsc -p benchmarks` checks it), so it always measures the current sources.
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

require('./consolidateHost.ts')
  .main(process.argv.slice(2))
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
