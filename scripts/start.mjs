/**
 * npm start: serve the pane over HTTPS on https://localhost:3000 (webpack-dev-server, development
 * build, detached, pid in .dev-server.pid) and sideload the add-in where that can be done from
 * here — desktop Excel on Windows (the WEF\Developer registry key, as office-addin-dev-settings
 * does) and on macOS (the wef folder). On Linux it prints how to upload manifest.xml to Excel on
 * the web. `npm stop` undoes all of it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { get } from 'node:https';
import { homedir, platform } from 'node:os';
import path from 'node:path';
import timers from 'node:timers';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STATE_FILE = path.join(ROOT, '.dev-server.pid');
const LOG_FILE = path.join(ROOT, 'dev-server.log');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const PANE_URL = 'https://localhost:3000/taskpane.html';
const READY_TIMEOUT_MS = 180000;
const CERT_TIMEOUT_MS = 30000;

export const REGISTRY_KEY = 'HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer';
export const MAC_WEF_DIR = path.join(homedir(), 'Library/Containers/com.microsoft.Excel/Data/Documents/wef');

export function addinId() {
  const match = /<Id>([^<]+)<\/Id>/.exec(readFileSync(MANIFEST, 'utf8'));
  if (!match) throw new Error('manifest.xml has no <Id>.');
  return match[1].trim();
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function readState() {
  try {
    return JSON.parse(readFileSync(STATE_FILE, 'utf8'));
  } catch {
    return null;
  }
}

/** Office only loads add-ins over HTTPS; trusting the dev certificate may ask for a password here. */
async function certificateMode() {
  if (process.env.CCHC_DEV_CERTS === 'self-signed') return 'self-signed';
  try {
    const { getHttpsServerOptions } = await import('office-addin-dev-certs');
    let timer;
    await Promise.race([
      getHttpsServerOptions(),
      new Promise((_resolve, reject) => {
        timer = timers.setTimeout(() => reject(new Error(`no answer in ${CERT_TIMEOUT_MS / 1000} s`)), CERT_TIMEOUT_MS);
      }),
    ]).finally(() => timers.clearTimeout(timer));
    return 'office-addin-dev-certs';
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.warn(`! Could not install the Office dev certificate (${reason}).`);
    console.warn(`! Using a self-signed certificate: open ${PANE_URL} once in your browser and accept it.`);
    return 'self-signed';
  }
}

function startServer(certs) {
  const log = openSync(LOG_FILE, 'w');
  const webpackCli = path.join(ROOT, 'node_modules/webpack-cli/bin/cli.js');
  const child = spawn(process.execPath, [webpackCli, 'serve', '--mode', 'development'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', log, log],
    env: { ...process.env, CCHC_DEV_CERTS: certs === 'self-signed' ? 'self-signed' : (process.env.CCHC_DEV_CERTS ?? '') },
    windowsHide: true,
  });
  child.unref();
  return child.pid;
}

function answers(url) {
  return new Promise((resolve) => {
    const request = get(url, { rejectUnauthorized: false, timeout: 3000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('error', () => resolve(false));
    request.on('timeout', () => request.destroy());
  });
}

async function waitUntilServing(pid) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return false;
    if (await answers(PANE_URL)) return true;
    await sleep(1000);
  }
  return false;
}

function sideload() {
  const id = addinId();
  switch (platform()) {
    case 'win32': {
      const result = spawnSync('reg', ['add', REGISTRY_KEY, '/v', id, '/t', 'REG_SZ', '/d', MANIFEST, '/f'], { encoding: 'utf8' });
      if (result.status !== 0) {
        console.warn(`! Could not register the manifest for Excel: ${(result.stderr || '').trim()}`);
        return null;
      }
      spawn('cmd', ['/c', 'start', '', 'excel'], { detached: true, stdio: 'ignore', windowsHide: true })
        .on('error', () => undefined)
        .unref();
      console.log('Sideloaded into desktop Excel. In Excel: Home tab → group "Tuyên truyền CCHC".');
      console.log('(If Excel was already open, close and reopen it.)');
      return { kind: 'registry', key: REGISTRY_KEY, value: id };
    }
    case 'darwin': {
      mkdirSync(MAC_WEF_DIR, { recursive: true });
      const file = path.join(MAC_WEF_DIR, `${id}.manifest.xml`);
      copyFileSync(MANIFEST, file);
      spawn('open', ['-a', 'Microsoft Excel'], { detached: true, stdio: 'ignore' })
        .on('error', () => undefined)
        .unref();
      console.log('Sideloaded into Excel for Mac. In Excel: Home tab → group "Tuyên truyền CCHC" (restart Excel if it was open).');
      return { kind: 'file', file };
    }
    default:
      console.log('Desktop Excel does not run here. To use the add-in in Excel on the web:');
      console.log('  1. Open a workbook at https://excel.cloud.microsoft (or office.com → Excel).');
      console.log('  2. Insert → Add-ins → Upload My Add-in (in some tenants: Home → Add-ins → More Add-ins → Upload My Add-in).');
      console.log(`  3. Choose ${MANIFEST}.`);
      console.log('  4. The Home tab gets a "Tuyên truyền CCHC" group; its buttons open the pane.');
      return null;
  }
}

async function main() {
  const previous = readState();
  if (previous && isAlive(previous.pid)) {
    console.log(`The dev server is already running (pid ${previous.pid}) at ${PANE_URL}. Run \`npm stop\` first to restart it.`);
    return;
  }
  const certs = await certificateMode();
  console.log('Building (development) and starting the dev server…');
  const pid = startServer(certs);
  writeFileSync(STATE_FILE, JSON.stringify({ pid, startedAt: new Date().toISOString(), sideload: null }, null, 2));
  if (!(await waitUntilServing(pid))) {
    console.error(`The dev server did not come up; see ${LOG_FILE}:`);
    console.error(existsSync(LOG_FILE) ? readFileSync(LOG_FILE, 'utf8').split('\n').slice(-30).join('\n') : '(no log)');
    if (isAlive(pid)) spawnSync(process.execPath, [path.join(ROOT, 'scripts/stop.mjs')], { stdio: 'inherit' });
    process.exitCode = 1;
    return;
  }
  console.log(`Serving the pane at ${PANE_URL} (log: ${path.relative(ROOT, LOG_FILE)}, pid ${pid}).`);
  const sideloaded = sideload();
  writeFileSync(STATE_FILE, JSON.stringify({ pid, startedAt: new Date().toISOString(), sideload: sideloaded }, null, 2));
  console.log('Stop everything with `npm stop`.');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
