// Shared by the benchmark launchers: transpiles TypeScript on require with the project's own
// compiler (no type check here; `npx tsc -p benchmarks` checks the sources), so a benchmark always
// measures the current sources without a build step. Runs the file's exported main(args).
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

module.exports = function runTs(file, args) {
  require(file)
    .main(args)
    .catch((error) => {
      console.error(error);
      process.exitCode = 1;
    });
};
