/**
 * A PNG encoder for report thumbnails. resvg's own encoder keeps the alpha
 * channel and filters every row, which suits photos; phone screenshots are
 * opaque and mostly flat colour, where unfiltered RGB rows deflate about a
 * third smaller. We try "no filter" and "up" and keep the smaller file.
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
  const up = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (stride + 1);
    plain[row] = 0;
    up[row] = 2;
    for (let x = 0; x < width; x++) {
      for (let c = 0; c < channels; c++) {
        const i = row + 1 + x * channels + c;
        const v = rgba[(y * width + x) * 4 + c] ?? 0;
        plain[i] = v;
        up[i] = (v - (y > 0 ? (rgba[((y - 1) * width + x) * 4 + c] ?? 0) : 0)) & 0xff;
      }
    }
  }
  const a = zlib.deflateSync(plain, { level: 9 });
  const b = zlib.deflateSync(up, { level: 9 });
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
    chunk('IDAT', a.length <= b.length ? a : b),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
