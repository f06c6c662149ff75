import * as zlib from 'node:zlib';
import { crc32 as portableCrc } from '../xlsx/read/crc32';
import { useZipCodec } from '../xlsx/read/inflatePart';

/**
 * The reader's parts inflated and checked by Node's zlib (native code) instead of fflate and a
 * CRC-32 in JavaScript: on 30 office trackers, inflating and checking were about a third of the
 * reader's time (issue 11). `maxOutputLength` bounds what a lying directory can make us inflate
 * (Node zlib docs, "Class: Options"); anything zlib refuses goes the portable way again
 * (inflatePart.ts), so errors read the same. `zlib.crc32` is Node ≥ 20.15; older Node keeps the
 * JavaScript CRC.
 */
/**
 * Parts declared larger go the portable way, slice by slice (inflatePart.ts): zlib is handed one
 * output buffer of the declared size up front, and a directory may declare sizes it does not hold.
 * (When zlib still joined 16 KB chunks, the hostile set of 1,048,576 rows peaked at 385 MB through
 * zlib against 314 MB through fflate.) Office sheets are a few MB.
 */
const NATIVE_MOST_BYTES = 32 * 1024 * 1024;

export function useNodeZip(): void {
  // Typed as always there, but absent before Node 20.15.
  const crc32 = typeof zlib.crc32 === 'function' ? (bytes: Uint8Array): number => zlib.crc32(bytes) >>> 0 : portableCrc;
  useZipCodec({
    inflateRaw(compressed, limit) {
      if (limit > NATIVE_MOST_BYTES) return null;
      try {
        // One output chunk one byte larger than the part: zlib then hands back that chunk as it is, where
        // its default 16 KB chunks were joined into a copy at the end (Buffer.concat, issue 11).
        const out = zlib.inflateRawSync(compressed, { maxOutputLength: Math.max(1, limit), chunkSize: Math.max(zlib.constants.Z_MIN_CHUNK, limit + 1) });
        return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
      } catch {
        return null;
      }
    },
    crc32,
  });
}
