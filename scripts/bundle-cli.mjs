// Runs after `tsc -p tsconfig.cli.json`: bundles the built `cchc` entry (and the read worker's) into
// one file each, in place, with esbuild. The modules stay under dist/node for the benchmarks and
// scripts that load them one by one; `node dist/node/cli/cchc.js` loads one file instead of ~580.
//
// Why (issue 11): a `cchc` run spent about 0.1 s of CPU finding, reading and compiling its modules
// (resolving paths, stat calls, package.json lookups, one wrapper compile per file) before reading
// any workbook; exceljs's own load, which `consolidate --json` is measured against, is one package.
// Measured on 25 office trackers (50,000 rows): about 0.07–0.15 s less CPU a run, output identical
// (README, Benchmarks). exceljs and docx stay outside: only `-o` and the report load them, lazily.
// A V8 code cache for the bundle (vm.Script cachedData) was tried and cost more than it saved (1.1 MB
// to deserialise for a 0.5 s run).
//
// The bundle is then made pure ASCII: esbuild escapes non-ASCII text in strings but keeps comments and
// regular expressions as written, and one Vietnamese letter in a comment made V8 hold the whole 1.7 MB
// source as two-byte text (3.5 MB) and read it through a UTF-8 decode. Each such letter is written as
// its \u escape (in a pattern, /\u0111/ matches what /đ/ does), checked by esbuild: the code without
// comments reads the same. Measured (issue 11, 2 Dec 2026, in turn, fastest of 7): `consolidate --json`
// on 25 trackers 2,052 -> 2,024 ms CPU.
//
// Written with dynamic import() because the lint config parses .mjs files as scripts.
const ROOT = new URL('..', import.meta.url);
const ENTRIES = ['dist/node/cli/cchc.js', 'dist/node/cli/readWorker.js'];
/** Loaded lazily by the commands that need them, from node_modules: bundling them would make every run parse them. */
const EXTERNAL = ['exceljs', 'docx'];

/**
 * English left out of what every run loads, as the pane's build does (webpack.config.js): messages.ts's
 * `import { en } from './en'` gets an empty dictionary, which src/cli/english.ts fills for `--lang en`
 * from core/i18n/en/all (still in the bundle, built only when required). Building English cost 10–15 ms
 * of CPU at each start (issue 11).
 */
const englishOnDemand = {
  name: 'english-on-demand',
  setup(build) {
    build.onResolve({ filter: /^\.\/en$/ }, (args) =>
      /[\\/]core[\\/]i18n[\\/]messages\.js$/.test(args.importer) ? { path: 'english-on-demand', namespace: 'english-on-demand' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'english-on-demand' }, () => ({ contents: 'exports.en = {};', loader: 'js' }));
  },
};

Promise.all([import('node:fs'), import('node:path'), import('esbuild')]).then(async ([{ existsSync, readFileSync, writeFileSync }, { join }, esbuild]) => {
  const root = ROOT.pathname;
  for (const entry of ENTRIES) {
    const file = join(root, entry);
    if (!existsSync(file)) {
      console.error(`bundle-cli: ${file} is missing; run tsc -p tsconfig.cli.json first`);
      process.exit(1);
    }
    await esbuild.build({
      entryPoints: [file],
      outfile: file,
      allowOverwrite: true,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      external: EXTERNAL,
      plugins: [englishOnDemand],
      logLevel: 'warning',
      // Names kept (no minifying): a bug's stack trace must still name the function it happened in.
      minify: false,
      legalComments: 'none',
    });
    const code = readFileSync(file, 'utf8');
    const escaped = (text) => text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const ascii = escaped(code);
    // Without comments and whitespace, the code must read the same as before but for letters in patterns (/đ/g),
    // which esbuild prints as written and which read the same escaped: only comments and pattern letters changed.
    const bare = async (text) => (await esbuild.transform(text, { minifyWhitespace: true, charset: 'ascii', logLevel: 'warning' })).code;
    if (ascii !== code && escaped(await bare(code)) !== (await bare(ascii))) {
      console.error(`bundle-cli: escaping ${file}'s non-ASCII letters changed more than its comments and patterns`);
      process.exit(1);
    }
    writeFileSync(file, ascii);
  }
  console.log(`bundle-cli: ${ENTRIES.join(', ')} bundled`);
});
