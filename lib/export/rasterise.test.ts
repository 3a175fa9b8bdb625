import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { unzlibSync } from "fflate";
import { pngSize } from "./png";
import { pixelsFor, rasteriseSvg } from "./rasterise";

/** Decode an 8-bit RGB or RGBA PNG (what resvg writes) into RGBA pixels: enough of the format to check colours. */
function decodePng(bytes: Uint8Array): { width: number; height: number; rgba: Uint8Array } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { widthPx: width, heightPx: height } = pngSize(bytes);
  const colourType = bytes[25];
  assert.equal(bytes[24], 8, "8 bits per channel");
  assert.ok(colourType === 6 || colourType === 2, `colour type ${colourType} is RGB or RGBA`);
  const channels = colourType === 6 ? 4 : 3;
  const idat: Uint8Array[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (type === "IDAT") idat.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const packed = unzlibSync(Uint8Array.from(idat.flatMap((c) => [...c])));
  const stride = width * channels;
  const raw = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = packed[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const byte = packed[y * (stride + 1) + 1 + x]!;
      const a = x >= channels ? raw[y * stride + x - channels]! : 0;
      const b = y > 0 ? raw[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? raw[(y - 1) * stride + x - channels]! : 0;
      const paeth = () => {
        const p = a + b - c;
        const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      };
      const predictor = [0, a, b, (a + b) >> 1, paeth()][filter]!;
      raw[y * stride + x] = (byte + predictor) & 0xff;
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
function count(rgba: Uint8Array, [r, g, b]: [number, number, number]): number {
  let n = 0;
  for (let i = 0; i < rgba.length; i += 4)
    if (Math.abs(rgba[i]! - r) + Math.abs(rgba[i + 1]! - g) + Math.abs(rgba[i + 2]! - b) <= 6 && rgba[i + 3]! > 250) n++;
  return n;
}

// The focus colour of every chart (lib/view/series-style FOCUS_COLOR), as a chart draws it: an attribute.
const FOCUS: [number, number, number] = [0xb4, 0x49, 0x0b];
const svg =
  `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" viewBox="0 0 400 200" font-family="system-ui, sans-serif">` +
  `<rect x="20" y="20" width="160" height="80" fill="#B4490B"/>` +
  `<text x="20" y="160" font-size="40" fill="#1b1f24">Kotabaru 0,571</text></svg>`;

describe("rasteriseSvg", () => {
  it("draws 16 cm at 300 dpi as 1890 px wide, the height in proportion", async () => {
    const image = await rasteriseSvg(svg, { widthCm: 16 });
    assert.equal(pixelsFor(16, 300), 1890);
    assert.deepEqual([image.widthPx, image.heightPx], [1890, 945]);
    assert.deepEqual(pngSize(image.png), { widthPx: 1890, heightPx: 945 });
  });

  it("keeps the chart's colour: the rectangle's area in the focus colour, the rest white, the text in ink", async () => {
    const { png } = await rasteriseSvg(svg, { widthCm: 4, dpi: 254 }); // 400 px: one SVG unit per pixel
    const { width, height, rgba } = decodePng(png);
    assert.deepEqual([width, height], [400, 200]);
    const focus = count(rgba, FOCUS);
    assert.ok(focus >= 160 * 80 - 500 && focus <= 160 * 80 + 500, `${focus} px of the focus colour for a 160×80 rectangle`);
    assert.ok(count(rgba, [255, 255, 255]) > 400 * 200 * 0.5, "the background is white, not transparent");
    // The text is drawn (with the bundled font, whatever the machine has): dark pixels below the rectangle.
    assert.ok(count(rgba, [0x1b, 0x1f, 0x24]) > 500, "the text's ink is there");
  });

  it("draws text the same on any machine: only the bundled font is used, so the same SVG gives the same bytes", async () => {
    const a = await rasteriseSvg(svg, { widthCm: 4, dpi: 254 });
    // DejaVu Sans is on most Linux machines (this one too): were the machine's fonts read, it would draw differently.
    const b = await rasteriseSvg(svg.replace("system-ui, sans-serif", "DejaVu Sans, Arial"), { widthCm: 4, dpi: 254 });
    assert.deepEqual(a.png, b.png, "a family the machine has draws with the bundled font, as system-ui does");
  });

  it("refuses a size that is not one", async () => {
    await assert.rejects(rasteriseSvg(svg, { widthCm: 0 }), /not a size/);
  });
});
