import { Inflate, inflateSync } from 'fflate';
import { CorruptXlsxError, TooLargeError } from '../errors';
import { crc32 } from './crc32';
import type { ReadBudget } from './limits';
import type { ZipEntry } from './zipDirectory';

/**
 * One part's bytes, inflated within its declared size and checked against its CRC-32.
 *
 * A directory can lie (declare 1 KB for a part that inflates to 4 GB), so the deflate stream is
 * fed in slices: one slice can inflate to at most about 1,032 times its size (deflate's ceiling),
 * and the part stops as soon as it passes its declared size. Throws CorruptXlsxError naming the
 * part (bad local header, unknown method, encrypted entry, bad deflate data, CRC mismatch, size
 * short of its declaration), CorruptXlsxError(truncated) when the data runs past the file's end,
 * TooLargeError('partSize') when it inflates past its declaration, TooLargeError('time').
 */

/** 64 KiB of deflate data inflates to at most about 66 MB: a bounded step between checks. */
const SLICE = 64 * 1024;
/**
 * Up to this much deflate data is inflated in one call straight into a buffer of the declared size
 * plus one byte: fflate drops writes past a given buffer, so memory stays bounded, a liar shows up
 * as one byte too many, and the wasted work is at most about 1,032 × 256 KiB (a fraction of a
 * second). Larger parts go slice by slice.
 */
const ONE_CALL = 256 * 1024;

/**
 * A faster way to inflate and check parts where the platform has one (Node's zlib, installed by the
 * CLI: src/cli/nodeZip.ts); the browser keeps fflate and the CRC-32 here. Only the good path goes
 * through it: a part it cannot inflate within its declared size is inflated again the portable way,
 * so a damaged or lying file fails with the same error and figures on every platform.
 */
export interface ZipCodec {
  /** The raw deflate stream (RFC 1951) inflated, or null when it is damaged or inflates to more than `limit` bytes. */
  inflateRaw(compressed: Uint8Array, limit: number): Uint8Array | null;
  /** CRC-32 as zip stores it (APPNOTE.TXT 4.4.7), unsigned. */
  crc32(bytes: Uint8Array): number;
}

let codec: ZipCodec | null = null;

/** Installs the platform's codec for every later read in this thread (null: back to fflate). */
export function useZipCodec(next: ZipCodec | null): void {
  codec = next;
}

export function inflatePart(data: Uint8Array, entry: ZipEntry, budget: ReadBudget): Uint8Array {
  const local = entry.localOffset;
  if (local + 30 > data.length) throw new CorruptXlsxError(true);
  if (u32(data, local) !== 0x04034b50) throw new CorruptXlsxError(false, undefined, entry.name);
  if ((entry.flags & 1) !== 0) throw new CorruptXlsxError(false, new Error('encrypted zip entry'), entry.name);
  const start = local + 30 + u16(data, local + 26) + u16(data, local + 28);
  const stop = start + entry.compressedSize;
  if (stop > data.length) throw new CorruptXlsxError(true);
  const compressed = data.subarray(start, stop);
  if (entry.method === 8 && codec !== null) {
    const fast = codec.inflateRaw(compressed, entry.size);
    if (fast !== null && fast.length === entry.size && codec.crc32(fast) === entry.crc32) return fast;
  }
  let out: Uint8Array;
  if (entry.method === 0) out = compressed;
  else if (entry.method === 8) out = inflateBounded(compressed, entry, budget);
  else throw new CorruptXlsxError(false, new Error(`compression method ${entry.method}`), entry.name);
  if (out.length !== entry.size) throw new CorruptXlsxError(false, new Error(`inflated ${out.length} bytes, declared ${entry.size}`), entry.name);
  if ((codec?.crc32 ?? crc32)(out) !== entry.crc32) throw new CorruptXlsxError(false, new Error('CRC-32 mismatch'), entry.name);
  return out;
}

function inflateBounded(compressed: Uint8Array, entry: ZipEntry, budget: ReadBudget): Uint8Array {
  if (compressed.length <= ONE_CALL) {
    let result: Uint8Array;
    try {
      result = inflateSync(compressed, { out: new Uint8Array(entry.size + 1) });
    } catch (error) {
      throw new CorruptXlsxError(false, error, entry.name);
    }
    if (result.length > entry.size) throw new TooLargeError('partSize', result.length, entry.size, entry.name);
    return result;
  }
  const out = new Uint8Array(entry.size);
  let written = 0;
  const inflater = new Inflate((chunk) => {
    if (written + chunk.length > entry.size) {
      throw new TooLargeError('partSize', written + chunk.length, entry.size, entry.name);
    }
    out.set(chunk, written);
    written += chunk.length;
  });
  try {
    for (let at = 0; at < compressed.length; at += SLICE) {
      inflater.push(compressed.subarray(at, at + SLICE), at + SLICE >= compressed.length);
      budget.checkTime(entry.name);
    }
  } catch (error) {
    if (error instanceof TooLargeError) throw error;
    throw new CorruptXlsxError(false, error, entry.name);
  }
  return written === out.length ? out : out.subarray(0, written);
}

const u16 = (d: Uint8Array, at: number): number => (d[at] ?? 0) | ((d[at + 1] ?? 0) << 8);
const u32 = (d: Uint8Array, at: number): number => ((d[at] ?? 0) | ((d[at + 1] ?? 0) << 8) | ((d[at + 2] ?? 0) << 16) | ((d[at + 3] ?? 0) << 24)) >>> 0;
