/**
 * npm stop: stops the dev server that `npm start` started (by the pid it recorded, with its
 * children) and removes the sideload registration it made on Windows or macOS.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { platform } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { MAC_WEF_DIR, REGISTRY_KEY, addinId } from './start.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STATE_FILE = path.join(ROOT, '.dev-server.pid');

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function stopServer(pid) {
  if (!isAlive(pid)) return false;
  if (platform() === 'win32') {
    spawnSync('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore' });
    return true;
  }
  // start.mjs made the server a process-group leader, so its children go with it.
  const signal = (sig) => {
    try {
      process.kill(-pid, sig);
    } catch {
      try {
        process.kill(pid, sig);
      } catch {
        // already gone
      }
    }
  };
  signal('SIGTERM');
  for (let waited = 0; waited < 5000 && isAlive(pid); waited += 200) await sleep(200);
  if (isAlive(pid)) signal('SIGKILL');
  return true;
}

function removeSideload(sideload) {
  const id = addinId();
  if (platform() === 'win32') {
    const result = spawnSync('reg', ['delete', sideload?.key ?? REGISTRY_KEY, '/v', sideload?.value ?? id, '/f'], { stdio: 'ignore' });
    if (result.status === 0) console.log('Removed the add-in registration from desktop Excel.');
  } else if (platform() === 'darwin') {
    const file = sideload?.file ?? path.join(MAC_WEF_DIR, `${id}.manifest.xml`);
    if (existsSync(file)) {
      rmSync(file);
      console.log('Removed the sideloaded manifest from Excel for Mac.');
    }
  }
}

let state = null;
try {
  state = JSON.parse(readFileSync(STATE_FILE, 'utf8'));
} catch {
  state = null;
}

if (state && typeof state.pid === 'number' && (await stopServer(state.pid))) {
  console.log(`Stopped the dev server (pid ${state.pid}).`);
} else {
  console.log('No dev server started by `npm start` is running.');
}
removeSideload(state?.sideload ?? null);
rmSync(STATE_FILE, { force: true });
