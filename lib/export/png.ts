/**
 * PNG facts: the size a PNG says it has (its IHDR chunk), so a writer can check that a picture is
 * the size its model claims before it places it at a printed width; and, for the tests, its pixels.
 */
import { unzlibSync } from "fflate";

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function pngSize(bytes: Uint8Array): { widthPx: number; heightPx: number } {
  const isPng = bytes.length >= 24 && SIGNATURE.every((b, i) => bytes[i] === b);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!isPng || String.fromCharCode(...bytes.subarray(12, 16)) !== "IHDR") throw new Error("not a PNG image");
  return { widthPx: view.getUint32(16), heightPx: view.getUint32(20) };
}

/** The PNG filter's prediction of a byte from the one to its left (a), above (b) and above-left (c). */
function predict(filter: number, a: number, b: number, c: number): number {
  if (filter === 0) return 0;
  if (filter === 1) return a;
  if (filter === 2) return b;
  if (filter === 3) return (a + b) >> 1;
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Decode an 8-bit RGB or RGBA PNG (what resvg writes) into RGBA pixels: enough of the format for tests to check colours. */
export function decodePng(bytes: Uint8Array): { width: number; height: number; rgba: Uint8Array } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { widthPx: width, heightPx: height } = pngSize(bytes);
  const colourType = bytes[25];
  if (bytes[24] !== 8 || (colourType !== 6 && colourType !== 2))
    throw new Error(`PNG of ${bytes[24]} bits, colour type ${colourType}: only 8-bit RGB(A) is read`);
  const channels = colourType === 6 ? 4 : 3;
  const idat: Uint8Array[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (type === "IDAT") idat.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const joined = new Uint8Array(idat.reduce((n, c) => n + c.length, 0));
  idat.reduce((at, c) => (joined.set(c, at), at + c.length), 0);
  const packed = unzlibSync(joined);
  const stride = width * channels;
  const raw = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = packed[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const byte = packed[y * (stride + 1) + 1 + x]!;
      const a = x >= channels ? raw[y * stride + x - channels]! : 0;
      const b = y > 0 ? raw[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? raw[(y - 1) * stride + x - channels]! : 0;
      raw[y * stride + x] = (byte + predict(filter, a, b, c)) & 0xff;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    rgba.set(raw.subarray(i * channels, i * channels + 3), i * 4);
    rgba[i * 4 + 3] = channels === 4 ? raw[i * channels + 3]! : 255;
  }
  return { width, height, rgba };
}

/** How many pixels are (nearly) this colour. */
export function countColour(rgba: Uint8Array, [r, g, b]: [number, number, number]): number {
  let n = 0;
  for (let i = 0; i < rgba.length; i += 4)
    if (Math.abs(rgba[i]! - r) + Math.abs(rgba[i + 1]! - g) + Math.abs(rgba[i + 2]! - b) <= 6 && rgba[i + 3]! > 250) n++;
  return n;
}
