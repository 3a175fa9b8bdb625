/**
 * The size a PNG says it has (its IHDR chunk), so a writer can check that a picture is the size its
 * model claims before it places it at a printed width.
 */
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function pngSize(bytes: Uint8Array): { widthPx: number; heightPx: number } {
  const isPng = bytes.length >= 24 && SIGNATURE.every((b, i) => bytes[i] === b);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!isPng || String.fromCharCode(...bytes.subarray(12, 16)) !== "IHDR") throw new Error("not a PNG image");
  return { widthPx: view.getUint32(16), heightPx: view.getUint32(20) };
}
