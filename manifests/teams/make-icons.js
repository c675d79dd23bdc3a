'use strict';
// Draws SalesBot's two Teams icons and writes them as PNG next to this script (no dependencies: zlib + a CRC table).
//   color.png   192x192, a speech bubble with rising bars on the accent colour
//   outline.png  32x32, the same shape as a white outline on a transparent background (Teams' rule for outline icons)
// Run: node manifests/teams/make-icons.js   (the PNGs are committed; rerun only to change the artwork)
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };

function chunk(type, data) {
  const length = Buffer.alloc(4); length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x + 0.5, y + 0.5);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0); header.writeUInt32BE(size, 4);
  header[8] = 8; header[9] = 6; header[10] = 0; header[11] = 0; header[12] = 0; // 8-bit RGBA
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

// Shapes in a 0..1 unit square.
function inRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}
function inTriangle(x, y, [ax, ay], [bx, by], [cx, cy]) {
  const s = (px, py, qx, qy, rx, ry) => (px - rx) * (qy - ry) - (qx - rx) * (py - ry);
  const d1 = s(x, y, ax, ay, bx, by), d2 = s(x, y, bx, by, cx, cy), d3 = s(x, y, cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}
const bubble = (x, y) => inRoundedRect(x, y, 0.14, 0.2, 0.86, 0.68, 0.1) || inTriangle(x, y, [0.26, 0.6], [0.44, 0.6], [0.24, 0.84]);
const bars = (x, y) => [[0.3, 0.5], [0.44, 0.41], [0.58, 0.32]]
  .some(([x0, top]) => x >= x0 && x <= x0 + 0.1 && y >= top && y <= 0.58);

const accent = [0x1f, 0x5f, 0xad, 255];
const white = [255, 255, 255, 255];
const clear = [255, 255, 255, 0];

const color = png(192, (px, py) => {
  const x = px / 192, y = py / 192;
  if (bars(x, y)) return accent;
  if (bubble(x, y)) return white;
  return accent;
});

// Outline: the bubble's edge (a pixel of the bubble next to one outside it) plus the bars, white on transparent.
const outline = png(32, (px, py) => {
  const x = px / 32, y = py / 32, d = 1.2 / 32;
  if (bars(x, y)) return white;
  if (!bubble(x, y)) return clear;
  const edge = [[d, 0], [-d, 0], [0, d], [0, -d]].some(([dx, dy]) => !bubble(x + dx, y + dy));
  return edge ? white : clear;
});

fs.writeFileSync(path.join(__dirname, 'color.png'), color);
fs.writeFileSync(path.join(__dirname, 'outline.png'), outline);
console.log('wrote color.png (192x192) and outline.png (32x32)');
