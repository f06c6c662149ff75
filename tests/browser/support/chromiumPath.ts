import { existsSync } from 'fs';
import { posix, win32 } from 'path';

/** Where to look, given as data so the search can be tested without the machine's own browsers. */
export interface BrowserSearch {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
  readonly exists: (path: string) => boolean;
}

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

/** The usual install places outside PATH: macOS application bundles, Windows Program Files and the user's AppData. */
const joinFor = (platform: NodeJS.Platform): ((...parts: string[]) => string) =>
  platform === 'win32' ? (...parts) => win32.join(...parts) : (...parts) => posix.join(...parts);

function installPaths({ env, platform }: BrowserSearch): string[] {
  const join = joinFor(platform);
  if (platform === 'darwin') {
    return ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((root): root is string => Boolean(root));
    return roots.flatMap((root) => [join(root, 'Chromium', 'Application', 'chrome.exe'), join(root, 'Google', 'Chrome', 'Application', 'chrome.exe')]);
  }
  return [];
}

/**
 * The Chromium (or Chrome) the browser tests drive: CHROMIUM_PATH when set, else the first of
 * chromium, chromium-browser, google-chrome(-stable), chrome on PATH, else the usual macOS and
 * Windows install places. Throws, saying where it looked, when there is none, or when CHROMIUM_PATH
 * names a file that does not exist.
 */
export function findChromium(search: BrowserSearch = { env: process.env, platform: process.platform, exists: existsSync }): string {
  const { env, platform, exists } = search;
  const given = env.CHROMIUM_PATH?.trim();
  if (given) {
    if (exists(given)) return given;
    throw new Error(`CHROMIUM_PATH is ${given}, which does not exist. Point it at a Chromium or Chrome executable.`);
  }
  const suffixes = platform === 'win32' ? ['.exe', ''] : [''];
  const onPath = (env.PATH ?? env.Path ?? '')
    .split(platform === 'win32' ? win32.delimiter : posix.delimiter)
    .filter((dir) => dir !== '')
    .flatMap((dir) => NAMES.flatMap((name) => suffixes.map((suffix) => joinFor(platform)(dir, name + suffix))));
  const candidates = [...onPath, ...installPaths(search)];
  const found = candidates.find((candidate) => exists(candidate));
  if (found) return found;
  throw new Error(
    `No Chromium or Chrome found for the browser tests (looked for ${NAMES.join(', ')} on PATH` +
      `${installPaths(search).length > 0 ? ` and in ${installPaths(search).join(', ')}` : ''}). ` +
      'Install one (Debian: apt-get install chromium) or set CHROMIUM_PATH to its executable.',
  );
}
