/**
 * A PNG encoder for report thumbnails. resvg's own encoder keeps the alpha
 * channel and filters every row, which suits photos; phone screenshots are
 * opaque and mostly flat colour, where unfiltered RGB rows deflate about a
 * third smaller. Rows are left unfiltered unless that compresses poorly.
 */
import zlib from 'node:zlib';

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = (CRC_TABLE[(c ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Encodes 8-bit RGBA pixels (row-major, width*height*4 bytes) as a PNG; drops alpha when every pixel is opaque. */
export function encodePng(rgba: Uint8Array, width: number, height: number): Buffer {
  let opaque = true;
  for (let i = 3; i < rgba.length; i += 4) {
    if (rgba[i] !== 255) {
      opaque = false;
      break;
    }
  }
  const channels = opaque ? 3 : 4;
  const stride = width * channels;
  const plain = Buffer.alloc((stride + 1) * height);
  for (let y = 0, src = 0; y < height; y++) {
    let dst = y * (stride + 1);
    plain[dst++] = 0;
    if (channels === 4) {
      plain.set(rgba.subarray(src, src + stride), dst);
      src += stride;
    } else {
      for (let x = 0; x < width; x++, src += 4, dst += 3) {
        plain[dst] = rgba[src]!;
        plain[dst + 1] = rgba[src + 1]!;
        plain[dst + 2] = rgba[src + 2]!;
      }
    }
  }
  let idat = zlib.deflateSync(plain, { level: 9 });
  // Flat UI deflates to a few percent unfiltered; photos and gradients do not, and "up" rows help them.
  if (idat.length > plain.length * 0.08) {
    const up = Buffer.alloc(plain.length);
    for (let y = 0; y < height; y++) {
      const row = y * (stride + 1);
      up[row] = 2;
      for (let i = 1; i <= stride; i++)
        up[row + i] = (plain[row + i]! - (y > 0 ? plain[row - stride - 1 + i]! : 0)) & 0xff;
    }
    const filtered = zlib.deflateSync(up, { level: 6 });
    if (filtered.length < idat.length) idat = filtered;
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = opaque ? 2 : 6; // colour type: RGB or RGBA
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', idat),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
