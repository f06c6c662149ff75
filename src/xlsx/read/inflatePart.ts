import { Inflate, inflateSync } from 'fflate';
import { CorruptXlsxError, TooLargeError } from '../errors';
import { crc32 } from './crc32';
import { ReadBudget, resolveLimits } from './limits';
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

/** One part's bytes (see above); with `buffer`, a part fflate inflates in one call lands in it, valid until the buffer's next use. */
export function inflatePart(data: Uint8Array, entry: ZipEntry, budget: ReadBudget, buffer?: PartBuffer): Uint8Array {
  const compressed = storedBytes(data, entry);
  if (entry.method === 8 && codec !== null) {
    const fast = codec.inflateRaw(compressed, entry.size);
    if (fast !== null && fast.length === entry.size && codec.crc32(fast) === entry.crc32) return fast;
  }
  let out: Uint8Array;
  if (entry.method === 0) out = compressed;
  else if (entry.method === 8) out = inflateBounded(compressed, entry, budget, buffer);
  else throw new CorruptXlsxError(false, new Error(`compression method ${entry.method}`), entry.name);
  if (out.length !== entry.size) throw new CorruptXlsxError(false, new Error(`inflated ${out.length} bytes, declared ${entry.size}`), entry.name);
  if ((codec?.crc32 ?? crc32)(out) !== entry.crc32) throw new CorruptXlsxError(false, new Error('CRC-32 mismatch'), entry.name);
  return out;
}

/**
 * The same part as inflatePart, inflated by the platform's own native inflater where it has one and
 * the part is large enough to pay for it: `DecompressionStream` (Chromium 80+, so Excel's WebView2 and
 * Excel on the web in Edge or Chrome; Safari 16.4+; Firefox 113+). The pane reads in a Web Worker, so
 * waiting costs nothing there. Only the good path goes through it, as with a ZipCodec: the stream's
 * output is written into a buffer of the declared size and the read is abandoned as soon as it would
 * pass it (memory stays bounded by the directory's declaration, which the limits already checked), the
 * time budget is checked between output chunks, and a part that does not inflate to exactly its
 * declared size with its CRC-32 is inflated again by inflatePart, so a damaged or lying file fails with
 * the same error and figures. The CRC-32 is checked natively where the platform can (see nativeInflater):
 * the part's deflate data goes in as the body of a gzip member (RFC 1952) whose trailer is the zip
 * directory's CRC-32 and size, which the platform's zlib checks at the stream's end; elsewhere it is
 * inflated as 'deflate-raw' and checked here. Where a ZipCodec is installed (the CLI) or the platform
 * has no such stream, this is inflatePart.
 */
export async function inflatePartAsync(data: Uint8Array, entry: ZipEntry, budget: ReadBudget, buffer?: PartBuffer): Promise<Uint8Array> {
  if (entry.method !== 8 || codec !== null || entry.compressedSize < NATIVE_FROM) return inflatePart(data, entry, budget, buffer);
  const inflater = await nativeInflater();
  if (inflater === null) return inflatePart(data, entry, budget, buffer);
  const native = await inflateNative(inflater, storedBytes(data, entry), entry, budget, buffer);
  if (native !== null && (inflater.checksCrc || crc32(native) === entry.crc32)) return native;
  return inflatePart(data, entry, budget);
}

/**
 * Parts whose deflate data is smaller than this (bytes) are inflated by fflate even where a native
 * inflater exists: a stream costs a few promises and tasks per part, which outweighs fflate's speed
 * on the many small parts of a workbook (rels, styles, small sheets). Measured in Chromium 156 on the
 * benchmark's 30 office trackers (630 parts): fflate 74 ms, the stream for every part 63 ms, the stream
 * from 4 KiB 54 ms, from 16 KiB 84 ms (templates, 810 parts: 207, 126, 119, 134 ms). With the CRC-32
 * checked in the stream, the trackers' 180 hyperlink rels (700 bytes zipped, 15 KB inflated) cost the
 * same either way (10.3 vs 10.6 ms), their 240 smaller parts 7.5 ms by stream vs 3.7 by fflate.
 */
const NATIVE_FROM = 4 * 1024;

/**
 * One buffer that the inflaters write part after part into (the native stream, and fflate for a part it
 * inflates in one call), for a reader that is done with each part's bytes before it asks for the next
 * (readXlsxAsync: every part is decoded or scanned at once).
 * A fresh zeroed buffer per part cost more than inflating in Chromium 156: the trackers' 210 large parts
 * (20 MB) took 45 ms through the stream into new buffers, 31 ms into one reused buffer; the small parts
 * by fflate into it saved another 3–5 ms of the reader's ~105. It grows to the
 * largest part read (each part's size is within the limits already checked).
 */
export class PartBuffer {
  private bytes = new Uint8Array(0);

  /** The first `size` bytes of the buffer, grown when smaller; what the last part left in it is overwritten. */
  take(size: number): Uint8Array {
    if (this.bytes.length < size) this.bytes = new Uint8Array(Math.max(size, Math.min(2 * this.bytes.length, LARGE_PART)));
    return this.bytes.subarray(0, size);
  }

  /** Its size, bytes. */
  get size(): number {
    return this.bytes.length;
  }
}

/** A part buffer grows by doubling up to this size (bytes), then to the size asked for. */
const LARGE_PART = 16 * 1024 * 1024;

/** The minimal shape of the web platform's DecompressionStream used here (no DOM types in this build). */
interface NativeDecompressionStream {
  readonly writable: { getWriter(): { write(chunk: Uint8Array): Promise<void>; close(): Promise<void> } };
  readonly readable: { getReader(): { read(): Promise<{ done: boolean; value?: Uint8Array }>; cancel(): Promise<void> } };
}
type NativeDecompressionStreamClass = new (format: 'deflate-raw' | 'gzip') => NativeDecompressionStream;

/** The platform's stream and how a part goes through it. */
interface NativeInflater {
  readonly Stream: NativeDecompressionStreamClass;
  /** 'gzip': the deflate data wrapped in a gzip member whose trailer the stream checks; else 'deflate-raw'. */
  readonly checksCrc: boolean;
}

let native: Promise<NativeInflater | null> | null | undefined;

/**
 * The platform's DecompressionStream, detected once: with 'gzip' when a one-byte member is read and
 * the same member with a wrong CRC-32 in its trailer is refused (Chromium's and Node's zlib check it);
 * else with 'deflate-raw' (the CRC-32 then computed here); else null. The size is always checked
 * here (the output must be exactly the declared size), whatever the stream checks.
 */
function nativeInflater(): Promise<NativeInflater | null> {
  if (native === undefined) native = detectNative();
  return native ?? Promise.resolve(null);
}

async function detectNative(): Promise<NativeInflater | null> {
  const Stream = (globalThis as { DecompressionStream?: NativeDecompressionStreamClass }).DecompressionStream;
  if (typeof Stream !== 'function') return null;
  // deflate of "a": a single fixed-Huffman block
  const probe: ZipEntry = { ...PROBE_ENTRY };
  const good = { Stream, checksCrc: true };
  const never = new ReadBudget(resolveLimits({}));
  try {
    const right = await inflateNative(good, PROBE_DEFLATE, probe, never);
    const wrongCrc = await inflateNative(good, PROBE_DEFLATE, { ...probe, crc32: (probe.crc32 ^ 1) >>> 0 }, never);
    if (right !== null && right[0] === 97 && wrongCrc === null) return good;
  } catch {
    // no 'gzip' here: try 'deflate-raw'
  }
  try {
    new Stream('deflate-raw');
    return { Stream, checksCrc: false };
  } catch {
    return null;
  }
}

/** "a" deflated (RFC 1951, one fixed-Huffman block), its CRC-32 0xe8b7be43: the probe of detectNative. */
const PROBE_DEFLATE = new Uint8Array([0x4b, 0x04, 0x00]);
const PROBE_ENTRY: ZipEntry = { name: 'probe', method: 8, flags: 0, crc32: 0xe8b7be43, compressedSize: 3, size: 1, localOffset: 0 };

/**
 * Tests and benchmarks: 'off' reads as if the platform had no native inflater, 'auto' detects it again;
 * resolves to how parts are inflated now ('gzip': the CRC-32 checked by the stream, 'deflate-raw', or null).
 */
export async function useNativeInflate(mode: 'auto' | 'off'): Promise<'gzip' | 'deflate-raw' | null> {
  native = mode === 'off' ? null : undefined;
  const inflater = await nativeInflater();
  return inflater === null ? null : inflater.checksCrc ? 'gzip' : 'deflate-raw';
}

/** The fixed gzip member header (RFC 1952 2.3): deflate, no flags, no time, unknown OS. */
const GZIP_HEADER = new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);

/**
 * The stream's output in a buffer of the declared size, or null when it fails (with 'gzip': also when
 * the trailer's CRC-32 or size does not match), would run past it or ends short of it.
 */
async function inflateNative(
  inflater: NativeInflater,
  compressed: Uint8Array,
  entry: ZipEntry,
  budget: ReadBudget,
  buffer?: PartBuffer,
): Promise<Uint8Array | null> {
  const out = buffer === undefined ? new Uint8Array(entry.size) : buffer.take(entry.size);
  let written = 0;
  let reader: ReturnType<NativeDecompressionStream['readable']['getReader']> | null = null;
  try {
    const stream = new inflater.Stream(inflater.checksCrc ? 'gzip' : 'deflate-raw');
    const writer = stream.writable.getWriter();
    // their rejections repeat the reader's, which is the one looked at
    if (inflater.checksCrc) {
      writer.write(GZIP_HEADER).catch(ignore);
      writer.write(compressed).catch(ignore);
      writer.write(gzipTrailer(entry)).catch(ignore);
    } else writer.write(compressed).catch(ignore);
    writer.close().catch(ignore);
    reader = stream.readable.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (value === undefined) continue;
      if (written + value.length > out.length) {
        reader.cancel().catch(ignore);
        return null;
      }
      out.set(value, written);
      written += value.length;
      budget.checkTime(entry.name);
    }
  } catch (error) {
    reader?.cancel().catch(ignore);
    if (error instanceof TooLargeError) throw error;
    return null;
  }
  return written === out.length ? out : null;
}

/** The gzip member's trailer (RFC 1952 2.3.1): the part's CRC-32 and its size modulo 2^32, as the zip directory declares them. */
function gzipTrailer(entry: ZipEntry): Uint8Array {
  const trailer = new Uint8Array(8);
  const view = new DataView(trailer.buffer);
  view.setUint32(0, entry.crc32 >>> 0, true);
  view.setUint32(4, entry.size >>> 0, true);
  return trailer;
}

const ignore = (): void => undefined;

/** The part's stored bytes after its local header, checked: signature, not encrypted, within the file. */
function storedBytes(data: Uint8Array, entry: ZipEntry): Uint8Array {
  const local = entry.localOffset;
  if (local + 30 > data.length) throw new CorruptXlsxError(true);
  if (u32(data, local) !== 0x04034b50) throw new CorruptXlsxError(false, undefined, entry.name);
  if ((entry.flags & 1) !== 0) throw new CorruptXlsxError(false, new Error('encrypted zip entry'), entry.name);
  const start = local + 30 + u16(data, local + 26) + u16(data, local + 28);
  const stop = start + entry.compressedSize;
  if (stop > data.length) throw new CorruptXlsxError(true);
  return data.subarray(start, stop);
}

function inflateBounded(compressed: Uint8Array, entry: ZipEntry, budget: ReadBudget, buffer?: PartBuffer): Uint8Array {
  if (compressed.length <= ONE_CALL) {
    let result: Uint8Array;
    try {
      result = inflateSync(compressed, { out: buffer === undefined ? new Uint8Array(entry.size + 1) : buffer.take(entry.size + 1) });
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
