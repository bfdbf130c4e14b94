// Draws the app icon (the favicon's design: a blue tile, a white clipboard, a check mark) as PNGs
// for the web app manifest, so nothing binary is committed and no image tool is needed.
//   node scripts/site_icons.mjs OUT_DIR
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const BLUE = [0x1f, 0x5f, 0xbf], WHITE = [0xff, 0xff, 0xff], CLIP = [0xdc, 0xe6, 0xf5];

function insideRoundedRect(x, y, [left, top, width, height, radius]) {
  if (x < left || y < top || x > left + width || y > top + height) return false;
  const cx = Math.min(Math.max(x, left + radius), left + width - radius);
  const cy = Math.min(Math.max(y, top + radius), top + height - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function nearSegment(x, y, [ax, ay, bx, by], halfWidth) {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return (x - ax - t * (bx - ax)) ** 2 + (y - ay - t * (by - ay)) ** 2 <= halfWidth ** 2;
}

// The colour at a point of the 64-unit design; a full-bleed tile for maskable icons.
function colorAt(u, v) {
  if (nearSegment(u, v, [22, 33, 28, 39], 2.5) || nearSegment(u, v, [28, 39, 42, 25], 2.5)) return BLUE;
  if (insideRoundedRect(u, v, [24, 10, 16, 8, 3])) return CLIP;
  if (insideRoundedRect(u, v, [16, 14, 32, 38, 4])) return WHITE;
  return BLUE;
}

function crc32(bytes) {
  let crc = ~0;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function png(size) {
  const rows = Buffer.alloc(size * (size * 3 + 1));
  const samples = 3;  // 3x3 supersampling for smooth edges
  for (let y = 0; y < size; y++) {
    rows[y * (size * 3 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = colorAt(((x + (sx + 0.5) / samples) / size) * 64, ((y + (sy + 0.5) / samples) / size) * 64);
          for (let i = 0; i < 3; i++) sum[i] += c[i];
        }
      }
      for (let i = 0; i < 3; i++) rows[y * (size * 3 + 1) + 1 + x * 3 + i] = Math.round(sum[i] / samples ** 2);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;  // bit depth
  header[9] = 2;  // truecolour
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header),
                        chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

const out = process.argv[2];
mkdirSync(out, { recursive: true });
for (const size of [192, 512]) writeFileSync(join(out, `icon-${size}.png`), png(size));
