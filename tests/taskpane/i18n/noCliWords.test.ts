import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The pane's build replaces the command line's Vietnamese words with an empty dictionary
 * (src/taskpane/i18n/noCliWords.ts): a "cli." key used by code the pane bundles would show as
 * nothing. Everything outside src/cli and the dictionaries themselves must not name one.
 */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path.endsWith(join('src', 'cli')) || path.endsWith(join('core', 'i18n')) ? [] : sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

test('no code outside the CLI uses a "cli." message key', () => {
  const users = sources(join(__dirname, '..', '..', '..', 'src')).filter((file) => /['"`]cli\.[a-zA-Z]/.test(readFileSync(file, 'utf8')));
  expect(users).toEqual([]);
});
