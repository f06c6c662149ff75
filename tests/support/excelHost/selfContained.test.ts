import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The host is bundled into the browser as is: it may import only its own files. */
describe('the strict host stays self-contained', () => {
  const dir = __dirname;
  const sources = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

  test.each(sources)('%s imports only sibling files', (file) => {
    const code = readFileSync(join(dir, file), 'utf8');
    const specifiers = [...code.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]);
    expect(specifiers.filter((s) => s !== undefined && !s.startsWith('./'))).toEqual([]);
  });
});
