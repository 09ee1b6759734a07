/**
 * A local tile server for the map's browser tests (the test machine has no internet):
 *   /__tiles/{z}/{x}/{y}.png?id=X   a small valid PNG tile (counts requests per id)
 *   /__tiles/{z}/{x}/{y}.png?id=X&fail=1   HTTP 404, as a broken tile server answers
 *   /__tiles/count?id=X              how many tiles id X was sent: {"count": n}
 */
import { deflateSync } from 'node:zlib';

const counts = new Map();

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

/** A 256×256 RGB PNG: a light ground with a grid of "streets". */
function tilePng() {
  const size = 256;
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x++) {
      const street = x % 64 < 4 || y % 64 < 4;
      row.set(street ? [255, 255, 255] : [232, 236, 228], 1 + x * 3);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
const TILE = tilePng();

export async function middleware(context, next) {
  if (!context.path.startsWith('/__tiles/')) return next();
  const params = new URL(context.url, 'http://localhost').searchParams;
  const id = params.get('id') ?? '';
  context.set('Cache-Control', 'no-store');
  if (context.path === '/__tiles/count') {
    context.type = 'application/json';
    context.body = JSON.stringify({ count: counts.get(id) ?? 0 });
    return;
  }
  if (!/^\/__tiles\/\d+\/\d+\/\d+\.png$/.test(context.path)) return next();
  counts.set(id, (counts.get(id) ?? 0) + 1);
  if (params.get('fail')) {
    context.status = 404;
    context.body = 'no such tile';
    return;
  }
  context.type = 'image/png';
  context.body = TILE;
}
