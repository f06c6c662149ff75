import { linkSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/run';
import { sameFile, sourceAt } from '../../src/cli/fileIdentity';
import type { CliIo, FileIdentity } from '../../src/cli/io';
import { nodeIo } from '../../src/cli/nodeIo';
import { replaceFile } from '../../src/cli/safeWrite';
import { fileSystemMessage } from '../../src/cli/messages';
import { memoryIo } from './memoryIo';

/** The real file system in a temporary folder, with captured output. */
function realIo(overrides: Partial<CliIo> = {}): CliIo & { err(): string; out(): string } {
  let out = '';
  let err = '';
  return { ...nodeIo(), stdout: (s) => void (out += s), stderr: (s) => void (err += s), ...overrides, out: () => out, err: () => err };
}

const OLD = new TextEncoder().encode('bản cũ, phải còn nguyên');
const NEW = new Uint8Array(3 * 1024 * 1024).fill(7);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cchc-safe-'));
  writeFileSync(join(dir, 'tong-hop.xlsx'), OLD);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const left = (): string[] => readdirSync(dir).sort();

describe('replaceFile on a real folder', () => {
  test('given a complete write, the new bytes replace the old file and nothing else is left', async () => {
    const outcome = await replaceFile(realIo(), join(dir, 'tong-hop.xlsx'), NEW);
    expect(outcome).toEqual({ written: true });
    expect(readFileSync(join(dir, 'tong-hop.xlsx')).equals(Buffer.from(NEW))).toBe(true);
    expect(left()).toEqual(['tong-hop.xlsx']);
  });

  test('given a full disk half way (ENOSPC), the old file is unchanged and no temporary file is left', async () => {
    const io = nodeIo();
    const full = realIo({
      createFile: async (path, data, signal) => {
        await io.createFile(path, data.subarray(0, 1024), signal);
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      },
    });
    const outcome = await replaceFile(full, join(dir, 'tong-hop.xlsx'), NEW);
    expect(outcome).toMatchObject({ written: false, interrupted: false, error: { code: 'ENOSPC' } });
    expect(readFileSync(join(dir, 'tong-hop.xlsx'))).toEqual(Buffer.from(OLD));
    expect(left()).toEqual(['tong-hop.xlsx']);
  });

  test('given Ctrl+C during the write (the signal aborted between chunks), the old file is unchanged and no temporary file is left', async () => {
    const controller = new AbortController();
    const io = nodeIo();
    const interrupted = realIo({
      interruptible: (work) => work(controller.signal),
      createFile: async (path, data, signal) => {
        const writing = io.createFile(path, data, signal);
        controller.abort(Object.assign(new Error('SIGINT'), { name: 'AbortError' }));
        await writing;
      },
    });
    const outcome = await replaceFile(interrupted, join(dir, 'tong-hop.xlsx'), NEW);
    expect(outcome).toEqual({ written: false, interrupted: true });
    expect(readFileSync(join(dir, 'tong-hop.xlsx'))).toEqual(Buffer.from(OLD));
    expect(left()).toEqual(['tong-hop.xlsx']);
  });

  test('given Ctrl+C after the bytes are written but before the rename, the old file stays', async () => {
    const controller = new AbortController();
    const io = nodeIo();
    const late = realIo({
      interruptible: (work) => work(controller.signal),
      createFile: async (path, data, signal) => {
        await io.createFile(path, data, signal);
        controller.abort();
      },
    });
    expect(await replaceFile(late, join(dir, 'tong-hop.xlsx'), NEW)).toEqual({ written: false, interrupted: true });
    expect(readFileSync(join(dir, 'tong-hop.xlsx'))).toEqual(Buffer.from(OLD));
    expect(left()).toEqual(['tong-hop.xlsx']);
  });
});

describe('an output is never a source, by identity', () => {
  test('given a symbolic link to a source, it is the source', async () => {
    symlinkSync(join(dir, 'tong-hop.xlsx'), join(dir, 'loi-tat.xlsx'));
    expect(await sourceAt(realIo(), join(dir, 'loi-tat.xlsx'), [join(dir, 'khac.xlsx'), join(dir, 'tong-hop.xlsx')])).toBe(join(dir, 'tong-hop.xlsx'));
  });

  test('given a hard link to a source, it is the source', async () => {
    linkSync(join(dir, 'tong-hop.xlsx'), join(dir, 'lien-ket-cung.xlsx'));
    expect(await sourceAt(realIo(), join(dir, 'lien-ket-cung.xlsx'), [join(dir, 'tong-hop.xlsx')])).toBe(join(dir, 'tong-hop.xlsx'));
  });

  test('given the same path written another way ("./x/../"), it is the source', async () => {
    expect(await sourceAt(realIo(), join(dir, 'sub', '..', 'tong-hop.xlsx').replace(`${dir}/`, `${dir}/./`), [join(dir, 'tong-hop.xlsx')])).toBe(
      join(dir, 'tong-hop.xlsx'),
    );
  });

  test('given another file with the same content, it is not the source', async () => {
    writeFileSync(join(dir, 'ban-sao.xlsx'), OLD);
    expect(await sourceAt(realIo(), join(dir, 'ban-sao.xlsx'), [join(dir, 'tong-hop.xlsx')])).toBeNull();
  });

  test('given a file system without inodes that ignores case, another letter case is the source (found by probing the folder)', async () => {
    // A FAT-like folder: inode 0, and the swapped-case name reaches the same file.
    const files = new Map([['/usb/TONG-HOP.xlsx', 'a']]);
    const fold = (path: string): string | undefined => [...files.keys()].find((k) => k.toLowerCase() === path.toLowerCase());
    const io = realIo({
      identify: (path) => {
        const real = fold(path);
        return Promise.resolve(real === undefined ? null : ({ kind: 'file', device: 9, inode: 0, realPath: real } satisfies FileIdentity));
      },
      listFolder: () => Promise.resolve(['TONG-HOP.xlsx']),
    });
    const a: FileIdentity = { kind: 'file', device: 9, inode: 0, realPath: '/usb/tong-hop.xlsx' };
    const b: FileIdentity = { kind: 'file', device: 9, inode: 0, realPath: '/usb/TONG-HOP.xlsx' };
    expect(await sameFile(io, a, b)).toBe(true);
    // A case-sensitive folder without inodes holding both spellings: two files.
    const sensitive = realIo({
      identify: (path) =>
        Promise.resolve(
          ['/usb/tong-hop.xlsx', '/usb/TONG-HOP.xlsx'].includes(path) ? ({ kind: 'file', device: 9, inode: 0, realPath: path } satisfies FileIdentity) : null,
        ),
      listFolder: () => Promise.resolve(['tong-hop.xlsx', 'TONG-HOP.xlsx']),
    });
    expect(await sameFile(sensitive, a, b)).toBe(false);
  });

  test.each([
    ['a symbolic link', (d: string) => symlinkSync(join(d, 'tong-hop.xlsx'), join(d, 'ra.xlsx'))],
    ['a hard link', (d: string) => linkSync(join(d, 'tong-hop.xlsx'), join(d, 'ra.xlsx'))],
  ])('cchc consolidate -o through %s to a source exits 2 even with --force, the source untouched', async (_name, link) => {
    link(dir);
    const io = realIo();
    const code = await run(['consolidate', join(dir, 'tong-hop.xlsx'), '-o', join(dir, 'ra.xlsx'), '--force'], io);
    expect(code).toBe(2);
    expect(io.err()).toContain('chỉ được đọc');
    expect(readFileSync(join(dir, 'tong-hop.xlsx'))).toEqual(Buffer.from(OLD));
  });
});

describe('write failures in words', () => {
  test.each([
    ['ENOSPC', 'Ổ đĩa đã đầy'],
    ['EACCES', 'Không có quyền ghi'],
    ['EPERM', 'Không có quyền ghi'],
    ['EROFS', 'chỉ cho phép đọc'],
    ['ELOOP', 'trỏ vòng quanh'],
    ['ENOENT', 'Không có thư mục "/khong/co"'],
    ['EBUSY', 'đang được mở trong chương trình khác'],
  ])('given %s, the message names the cause and never the code', (code, words) => {
    const message = fileSystemMessage(
      Object.assign(new Error(`${code}: whatever, open '/khong/co/ra.xlsx'`), { code }),
      '/khong/co/ra.xlsx',
      'vi',
      'cli.error.writeFailed',
    );
    expect(message).toContain(words);
    expect(message).not.toContain(code);
  });

  test('given an unknown code, the system words are kept without the code', () => {
    const message = fileSystemMessage(
      Object.assign(new Error("EWHAT: strange failure, open '/a.xlsx'"), { code: 'EWHAT' }),
      '/a.xlsx',
      'en',
      'cli.error.writeFailed',
    );
    expect(message).toBe('Could not write "/a.xlsx": strange failure');
  });

  test('an output in a folder that does not exist is refused before any work, in Vietnamese', async () => {
    const io = memoryIo({});
    expect(await run(['plan', 'export', '-o', 'khong-co/ke-hoach.xlsx'], io)).toBe(2);
    expect(io.err()).toContain('Không có thư mục "khong-co"');
    expect(io.files.size).toBe(0);
  });

  test('an output that is a folder is refused', async () => {
    const io = memoryIo({}, { folders: ['don-vi'] });
    expect(await run(['plan', 'export', '-o', 'don-vi', '--force'], io)).toBe(2);
    expect(io.err()).toContain('là một thư mục');
  });

  test('a full disk while writing exits 2 with the reason and leaves the old file', async () => {
    const old = new Uint8Array([1, 2, 3]);
    const io = memoryIo({ 'ke-hoach.xlsx': old });
    const full = { ...io, createFile: () => Promise.reject(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })) };
    expect(await run(['plan', 'export', '-o', 'ke-hoach.xlsx', '--force'], full)).toBe(2);
    expect(io.err()).toContain('Ổ đĩa đã đầy');
    expect(io.files.get('ke-hoach.xlsx')).toBe(old);
    expect([...io.files.keys()]).toEqual(['ke-hoach.xlsx']);
  });

  test('Ctrl+C while writing exits 130 and leaves the old file', async () => {
    const old = new Uint8Array([1, 2, 3]);
    const io = memoryIo({ 'ke-hoach.xlsx': old });
    const controller = new AbortController();
    const stopped: CliIo = {
      ...io,
      interruptible: (work) => work(controller.signal),
      createFile: async (path, data, signal) => {
        await io.createFile(path, data, signal);
        controller.abort();
      },
    };
    expect(await run(['plan', 'export', '-o', 'ke-hoach.xlsx', '--force'], stopped)).toBe(130);
    expect(io.err()).toContain('Đã dừng theo yêu cầu');
    expect(io.files.get('ke-hoach.xlsx')).toBe(old);
    expect([...io.files.keys()]).toEqual(['ke-hoach.xlsx']);
  });
});
