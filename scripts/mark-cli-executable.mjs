// Runs after `tsc -p tsconfig.cli.json`: makes the built `cchc` entry executable and checks that
// its shebang survived compilation (tsc keeps a leading "#!" line; a banner or comment added
// above it would silently break `npx cchc`). Fails the build when the entry is missing.
// Written with dynamic import() because the lint config parses .mjs files as scripts.
const ENTRY = new URL('../dist/node/cli/cchc.js', import.meta.url);

import('node:fs').then(({ chmodSync, readFileSync, statSync }) => {
  let text;
  try {
    text = readFileSync(ENTRY, 'utf8');
  } catch {
    console.error(`mark-cli-executable: ${ENTRY.pathname} is missing; run tsc -p tsconfig.cli.json first`);
    process.exit(1);
  }
  if (!text.startsWith('#!/usr/bin/env node\n')) {
    console.error(`mark-cli-executable: ${ENTRY.pathname} does not start with "#!/usr/bin/env node"`);
    process.exit(1);
  }
  const mode = statSync(ENTRY).mode;
  chmodSync(ENTRY, mode | 0o111);
  console.log(`mark-cli-executable: ${ENTRY.pathname} is executable`);
});
