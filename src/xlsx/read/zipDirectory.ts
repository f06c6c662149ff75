import { CorruptXlsxError, TooLargeError } from '../errors';
import type { ReadLimits } from './limits';

/**
 * The zip central directory, read before anything is inflated so a bomb is refused by its own
 * declarations (APPNOTE.TXT 6.3.x, sections 4.3.12 central header, 4.3.16 end record, 4.3.14-15
 * and 4.5.3 Zip64).
 */

export interface ZipEntry {
  /** Part name as stored, '/'-separated, without a leading '/'. */
  readonly name: string;
  /** 0 stored, 8 deflated; anything else cannot be read. */
  readonly method: number;
  readonly flags: number;
  readonly crc32: number;
  /** Bytes. */
  readonly compressedSize: number;
  /** Bytes, as declared; inflating past it is refused. */
  readonly size: number;
  readonly localOffset: number;
}

export interface ZipDirectory {
  readonly entries: readonly ZipEntry[];
  /** By lower-cased name: OPC part names compare without case (ECMA-376 part 2, 9.1.1.1). */
  readonly byName: ReadonlyMap<string, ZipEntry>;
}

const EOCD = 0x06054b50;
const ZIP64_EOCD = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;

const u16 = (d: Uint8Array, at: number): number => (d[at] ?? 0) | ((d[at + 1] ?? 0) << 8);
const u32 = (d: Uint8Array, at: number): number => ((d[at] ?? 0) | ((d[at + 1] ?? 0) << 8) | ((d[at + 2] ?? 0) << 16) | ((d[at + 3] ?? 0) << 24)) >>> 0;
const u64 = (d: Uint8Array, at: number): number => u32(d, at) + u32(d, at + 4) * 0x1_0000_0000;

/** Offset of the end-of-central-directory record: the last 22 bytes plus at most a 64 KiB comment. */
export function findEndRecord(data: Uint8Array): number {
  const stop = Math.max(0, data.length - 22 - 0xffff);
  for (let i = data.length - 22; i >= stop; i--) {
    if (data[i] === 0x50 && u32(data, i) === EOCD) return i;
  }
  return -1;
}

/**
 * Reads and checks the directory. Throws CorruptXlsxError(truncated) when it is missing or points
 * outside the file, TooLargeError('parts' | 'partSize' | 'inflatedSize') when its declarations
 * go over the limits.
 */
export function readZipDirectory(data: Uint8Array, limits: ReadLimits): ZipDirectory {
  const end = findEndRecord(data);
  if (end < 0) throw new CorruptXlsxError(true);
  let count = u16(data, end + 10);
  let size = u32(data, end + 12);
  let offset = u32(data, end + 16);
  if (count === 0xffff || offset === 0xffffffff || size === 0xffffffff) {
    const locator = end - 20;
    if (locator >= 0 && u32(data, locator) === ZIP64_LOCATOR) {
      const record = u64(data, locator + 8);
      if (record + 56 > data.length || u32(data, record) !== ZIP64_EOCD) throw new CorruptXlsxError(true);
      count = u64(data, record + 32);
      size = u64(data, record + 40);
      offset = u64(data, record + 48);
    }
  }
  if (count > limits.maxParts) throw new TooLargeError('parts', count, limits.maxParts);
  if (offset + size > data.length) throw new CorruptXlsxError(true);
  const entries: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  const decoder = new TextDecoder('utf-8');
  let total = 0;
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > data.length || u32(data, at) !== CENTRAL) throw new CorruptXlsxError(false, undefined, 'zip directory');
    const nameLength = u16(data, at + 28);
    const extraLength = u16(data, at + 30);
    const commentLength = u16(data, at + 32);
    let compressedSize = u32(data, at + 20);
    let declared = u32(data, at + 24);
    let localOffset = u32(data, at + 42);
    const rawName = decoder.decode(data.subarray(at + 46, at + 46 + nameLength));
    if (declared === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      ({ declared, compressedSize, localOffset } = zip64Extra(data, at + 46 + nameLength, extraLength, { declared, compressedSize, localOffset }));
    }
    const name = rawName.replace(/\\/g, '/').replace(/^\/+/, '');
    if (declared > limits.maxPartBytes) throw new TooLargeError('partSize', declared, limits.maxPartBytes, name);
    total += declared;
    if (total > limits.maxInflatedBytes) throw new TooLargeError('inflatedSize', sumDeclared(data, at, count - i, total), limits.maxInflatedBytes);
    const entry: ZipEntry = {
      name,
      method: u16(data, at + 10),
      flags: u16(data, at + 8),
      crc32: u32(data, at + 16),
      compressedSize,
      size: declared,
      localOffset,
    };
    entries.push(entry);
    if (!name.endsWith('/')) byName.set(name.toLowerCase(), entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { entries, byName };
}

/** The Zip64 extended information extra field (0x0001) holds the sizes the 32-bit fields could not. */
function zip64Extra(
  data: Uint8Array,
  start: number,
  length: number,
  fields: { declared: number; compressedSize: number; localOffset: number },
): { declared: number; compressedSize: number; localOffset: number } {
  let at = start;
  while (at + 4 <= start + length) {
    const id = u16(data, at);
    const size = u16(data, at + 2);
    if (id === 0x0001) {
      let p = at + 4;
      const next = (): number => {
        const value = u64(data, p);
        p += 8;
        return value;
      };
      const declared = fields.declared === 0xffffffff ? next() : fields.declared;
      const compressedSize = fields.compressedSize === 0xffffffff ? next() : fields.compressedSize;
      const localOffset = fields.localOffset === 0xffffffff ? next() : fields.localOffset;
      return { declared, compressedSize, localOffset };
    }
    at += 4 + size;
  }
  return fields;
}

/** The whole declared total, for the message, counted without building more entries. */
function sumDeclared(data: Uint8Array, at: number, remaining: number, sofar: number): number {
  let total = sofar;
  let p = at + 46 + u16(data, at + 28) + u16(data, at + 30) + u16(data, at + 32);
  for (let i = 1; i < remaining && p + 46 <= data.length && u32(data, p) === CENTRAL; i++) {
    const declared = u32(data, p + 24);
    total += declared;
    p += 46 + u16(data, p + 28) + u16(data, p + 30) + u16(data, p + 32);
  }
  return total;
}
