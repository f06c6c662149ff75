import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** src/xlsx is bundled into the pane: no Node built-ins, no process or Buffer globals. */
const dir = join(__dirname, '../../src/xlsx');
// the reader in read/ runs in the pane too
const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.startsWith('node'));

test.each(files)('%s uses no Node-only module or global', (file) => {
  const source = readFileSync(join(dir, file), 'utf8');
  expect(source).not.toMatch(/from ['"](node:|fs|path|os|child_process|stream|buffer|zlib|crypto)['"/]/);
  expect(source).not.toMatch(/\b(process|Buffer|require)\s*[.(]/);
});
