/**
 * CRC-32 (IEEE 802.3, the polynomial zip uses: APPNOTE.TXT 4.4.7), slicing by 8: the table costs
 * 8 KB once and the check runs at several hundred MB/s, a small share of inflating.
 */

const TABLES = buildTables();

function buildTables(): Uint32Array {
  const tables = new Uint32Array(256 * 8);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    tables[n] = c >>> 0;
  }
  for (let n = 0; n < 256; n++) {
    let c = tables[n] ?? 0;
    for (let t = 1; t < 8; t++) {
      c = (tables[c & 0xff] ?? 0) ^ (c >>> 8);
      tables[t * 256 + n] = c >>> 0;
    }
  }
  return tables;
}

/** The CRC-32 of the bytes, as an unsigned 32-bit number (the value a zip directory stores). */
export function crc32(bytes: Uint8Array): number {
  const t = TABLES;
  let crc = 0xffffffff;
  let i = 0;
  const n = bytes.length;
  const fast = n - (n % 8);
  for (; i < fast; i += 8) {
    const a = (bytes[i] as number) | ((bytes[i + 1] as number) << 8) | ((bytes[i + 2] as number) << 16) | ((bytes[i + 3] as number) << 24);
    const x = (crc ^ a) >>> 0;
    crc =
      (t[1792 + (x & 0xff)] as number) ^
      (t[1536 + ((x >>> 8) & 0xff)] as number) ^
      (t[1280 + ((x >>> 16) & 0xff)] as number) ^
      (t[1024 + (x >>> 24)] as number) ^
      (t[768 + (bytes[i + 4] as number)] as number) ^
      (t[512 + (bytes[i + 5] as number)] as number) ^
      (t[256 + (bytes[i + 6] as number)] as number) ^
      (t[bytes[i + 7] as number] as number);
  }
  for (; i < n; i++) crc = (t[(crc ^ (bytes[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
