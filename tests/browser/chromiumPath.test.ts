import { findChromium, type BrowserSearch } from './support/chromiumPath';

/** The browser tests find Chromium on Linux, macOS and Windows, or say how to point them at it. */
const machine = (platform: NodeJS.Platform, env: Record<string, string>, files: readonly string[]): BrowserSearch => ({
  platform,
  env,
  exists: (path) => files.includes(path),
});

describe('finding Chromium for the browser tests', () => {
  it('given CHROMIUM_PATH, uses it', () => {
    expect(findChromium(machine('linux', { CHROMIUM_PATH: '/opt/chrome/chrome', PATH: '/usr/bin' }, ['/opt/chrome/chrome', '/usr/bin/chromium']))).toBe(
      '/opt/chrome/chrome',
    );
  });

  it('given CHROMIUM_PATH naming no file, says so instead of looking elsewhere', () => {
    expect(() => findChromium(machine('linux', { CHROMIUM_PATH: '/nowhere/chrome', PATH: '/usr/bin' }, ['/usr/bin/chromium']))).toThrow(
      'CHROMIUM_PATH is /nowhere/chrome, which does not exist',
    );
  });

  it('given Debian, Ubuntu or Fedora names on PATH, takes the first found', () => {
    expect(findChromium(machine('linux', { PATH: '/usr/local/bin:/usr/bin' }, ['/usr/bin/chromium']))).toBe('/usr/bin/chromium');
    expect(findChromium(machine('linux', { PATH: '/usr/bin:/snap/bin' }, ['/snap/bin/chromium-browser']))).toBe('/snap/bin/chromium-browser');
    expect(findChromium(machine('linux', { PATH: '/usr/bin' }, ['/usr/bin/google-chrome-stable']))).toBe('/usr/bin/google-chrome-stable');
  });

  it('given macOS with Chrome installed from its disk image, finds it in /Applications', () => {
    expect(findChromium(machine('darwin', { PATH: '/usr/bin:/bin' }, ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']))).toBe(
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    );
  });

  it('given Windows with Chrome in Program Files, finds chrome.exe', () => {
    const chrome = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    expect(findChromium(machine('win32', { Path: 'C:\\Windows\\system32', PROGRAMFILES: 'C:\\Program Files' }, [chrome]))).toBe(chrome);
  });

  it('given no browser anywhere, says where it looked and how to fix it', () => {
    expect(() => findChromium(machine('linux', { PATH: '/usr/bin' }, []))).toThrow(
      /No Chromium or Chrome found[\s\S]*apt-get install chromium[\s\S]*CHROMIUM_PATH/,
    );
  });
});
