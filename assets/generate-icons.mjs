/**
 * Draws the add-in's icons (assets/icon-16.png … icon-80.png) with no image library: a blue tile
 * with three rising white bars and a gold target line — "progress against the plan". Shapes are
 * described in a 0..1 square and supersampled 4×4 per pixel, so every size is drawn, not scaled.
 * Run: node assets/generate-icons.mjs
 */
import { writeFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const SIZES = [16, 32, 64, 80];
const BLUE = [15, 108, 189]; // Fluent brand #0F6CBD
const WHITE = [255, 255, 255];
const GOLD = [255, 185, 0];

const inRoundedRect = (x, y, left, top, right, bottom, radius) => {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
};

/** Colour at a point of the unit square, or null for transparent. Later shapes paint over earlier. */
function paint(x, y) {
  if (!inRoundedRect(x, y, 0.02, 0.02, 0.98, 0.98, 0.18)) return null;
  let colour = BLUE;
  const bars = [
    [0.18, 0.34, 0.62],
    [0.42, 0.58, 0.44],
    [0.66, 0.82, 0.22],
  ];
  for (const [left, right, top] of bars) if (inRoundedRect(x, y, left, top, right, 0.84, 0.03)) colour = WHITE;
  if (y >= 0.3 && y <= 0.37 && x >= 0.12 && x <= 0.88) colour = GOLD;
  return colour;
}

function pixels(size) {
  const samples = 4;
  const data = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = paint((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (colour) { r += colour[0]; g += colour[1]; b += colour[2]; a += 1; }
        }
      }
      const offset = (py * size + px) * 4;
      data[offset] = a ? Math.round(r / a) : 0;
      data[offset + 1] = a ? Math.round(g / a) : 0;
      data[offset + 2] = a ? Math.round(b / a) : 0;
      data[offset + 3] = Math.round((a / samples ** 2) * 255);
    }
  }
  return data;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buffer) => {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, body) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), body]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
};

function png(size) {
  const rgba = pixels(size);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = [];
  for (let y = 0; y < size; y++) rows.push(Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const here = path.dirname(fileURLToPath(import.meta.url));
for (const size of SIZES) writeFileSync(path.join(here, `icon-${size}.png`), png(size));
console.log(`Wrote ${SIZES.map((size) => `icon-${size}.png`).join(', ')} to ${here}`);
