// Runs after `tsc -p tsconfig.cli.json`: bundles the built `cchc` program (dist/node/cli/cchc.js, into
// cchcProgram.js) and the read worker (in place) into one file each with esbuild, then makes
// dist/node/cli/cchc.js the launcher (src/cli/launch.ts) that runs the program from a V8 code cache,
// made here by a training run over the corpus (src/cli/codeCache.ts). The modules stay under dist/node
// for the benchmarks and scripts that load them one by one; `node dist/node/cli/cchc.js` loads two
// files instead of ~580.
//
// Why (issue 11): a `cchc` run spent about 0.1 s of CPU finding, reading and compiling its modules
// (resolving paths, stat calls, package.json lookups, one wrapper compile per file) before reading
// any workbook; exceljs's own load, which `consolidate --json` is measured against, is one package.
// Measured on 25 office trackers (50,000 rows): about 0.07–0.15 s less CPU a run, output identical
// (README, Benchmarks). exceljs and docx stay outside: only `-o` and the report load them, lazily.
// The code cache (issue 11, 2 Dec 2026): V8 takes the bytecode of every function the training run
// compiled instead of parsing 1.7 MB and compiling each function again. Tried once before and dearer:
// V8 had rejected that cache every run, made as it was before engineFlags.ts changed the flags V8
// checks a cache against. Figures in README (Benchmarks, issue 11).
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
/** Bundles made, [entry built by tsc, bundle written]: the program first, as the launcher's bundle then takes its name. */
const ENTRIES = [
  ['dist/node/cli/cchc.js', 'dist/node/cli/cchcProgram.js'],
  ['dist/node/cli/readWorker.js', 'dist/node/cli/readWorker.js'],
  ['dist/node/cli/launch.js', 'dist/node/cli/cchc.js'],
];
/** The training run's workbooks: the corpus's trackers (every layout, TCVN3 and VNI among them), read with the built-in plan. */
const TRAINING = 'tests/fixtures/trackers/corpus';
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

/**
 * fflate loaded when first used, not at every start: the command line inflates and checks parts with
 * Node's zlib (src/cli/nodeZip.ts) and needs fflate only for a part zlib refuses and for writing zip
 * entries (`-o`, the package editor), while loading it required node:worker_threads and built its
 * tables, 8–11 ms of each run (issue 11). The modules' `import { inflateSync } from 'fflate'` become a
 * proxy that requires fflate at its first property read (tsc's output reads `fflate_1.inflateSync` at
 * each call); fflate is still bundled, behind esbuild's lazy module wrapper.
 */
const fflateOnDemand = (real) => ({
  name: 'fflate-on-demand',
  setup(build) {
    build.onResolve({ filter: /^fflate$/ }, () => ({ path: 'fflate-on-demand', namespace: 'fflate-on-demand' }));
    build.onLoad({ filter: /.*/, namespace: 'fflate-on-demand' }, () => ({
      contents: `let loaded; module.exports = new Proxy({}, { get: (_, name) => (loaded ??= require(${JSON.stringify(real)}))[name] });`,
      loader: 'js',
      resolveDir: ROOT.pathname,
    }));
  },
});

const modules = ['node:fs', 'node:path', 'node:os', 'node:zlib', 'node:child_process', 'esbuild'];
Promise.all(modules.map((name) => import(name))).then(async ([fs, { join }, { tmpdir }, zlib, { spawnSync }, esbuild]) => {
  const { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } = fs;
  const root = ROOT.pathname;
  const fflate = (await import('node:module')).createRequire(join(root, 'package.json')).resolve('fflate');
  for (const [entry, bundle] of ENTRIES) {
    const file = join(root, entry);
    const outfile = join(root, bundle);
    if (!existsSync(file)) {
      console.error(`bundle-cli: ${file} is missing; run tsc -p tsconfig.cli.json first`);
      process.exit(1);
    }
    await esbuild.build({
      entryPoints: [file],
      outfile,
      allowOverwrite: true,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      external: EXTERNAL,
      plugins: [englishOnDemand, fflateOnDemand(fflate)],
      logLevel: 'warning',
      // Names kept (no minifying): a bug's stack trace must still name the function it happened in.
      minify: false,
      legalComments: 'none',
    });
    // The program runs inside a function wrapper (codeCache.ts), where a "#!" line is a syntax error.
    const built = readFileSync(outfile, 'utf8');
    const code = outfile.endsWith('cchcProgram.js') ? built.replace(/^#![^\n]*\n/, '') : built;
    const escaped = (text) => text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const ascii = escaped(code);
    // Without comments and whitespace, the code must read the same as before but for letters in patterns (/đ/g),
    // which esbuild prints as written and which read the same escaped: only comments and pattern letters changed.
    const bare = async (text) => (await esbuild.transform(text, { minifyWhitespace: true, charset: 'ascii', logLevel: 'warning' })).code;
    if (ascii !== code && escaped(await bare(code)) !== (await bare(ascii))) {
      console.error(`bundle-cli: escaping ${outfile}'s non-ASCII letters changed more than its comments and patterns`);
      process.exit(1);
    }
    writeFileSync(outfile, ascii);
  }
  console.log(`bundle-cli: ${ENTRIES.map(([, bundle]) => bundle).join(', ')} bundled`);

  // The training run: one consolidation of the corpus under the built-in plan read from its sheet (as
  // offices pass --plan), whose exit writes the code cache; then a run that must find V8 taking it.
  const cchc = join(root, 'dist/node/cli/cchc.js');
  const cache = join(root, 'dist/node/cli/cchcProgram.js.v8cache');
  rmSync(cache, { force: true });
  if (typeof zlib.crc32 !== 'function') {
    console.log('bundle-cli: no code cache (this Node has no zlib.crc32: 20.15 or later makes one)');
    return;
  }
  const corpus = join(root, TRAINING);
  const workbooks = readdirSync(corpus, { recursive: true })
    .filter((name) => String(name).endsWith('.xlsx'))
    .map((name) => join(corpus, String(name)))
    .sort();
  const env = (mode) => ({ ...process.env, CCHC_CODE_CACHE: mode });
  const scratch = mkdtempSync(join(tmpdir(), 'cchc-training-'));
  try {
    const plan = join(scratch, 'ke-hoach.xlsx');
    const exported = spawnSync(process.execPath, [cchc, 'plan', 'export', '-o', plan], { env: env('off'), encoding: 'utf8' });
    // Exit 1 is the corpus's data errors, as intended; 2 or more is a failure of the run.
    const trained =
      exported.status === 0
        ? spawnSync(process.execPath, [cchc, 'consolidate', ...workbooks, '--plan', plan, '--period', '2018', '--json'], {
            env: env('write'),
            encoding: 'utf8',
            maxBuffer: 1 << 28,
          })
        : exported;
    if (trained.status !== 0 && trained.status !== 1) {
      console.error(`bundle-cli: the code cache's training run failed (exit ${trained.status}):\n${trained.stderr}`);
      process.exit(1);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const checked = spawnSync(process.execPath, [cchc, '--help'], { env: env('report'), encoding: 'utf8' });
  if (!checked.stderr.includes('code cache: accepted')) {
    console.error(`bundle-cli: V8 did not take the code cache just made: ${checked.stderr.trim()}`);
    process.exit(1);
  }
  console.log(`bundle-cli: code cache made from ${workbooks.length} workbooks (${Math.round(fs.statSync(cache).size / 1024)} KB)`);
});
