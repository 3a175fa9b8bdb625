import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { countColour, decodePng, pngSize } from "./png";
import { pixelsFor, rasteriseSvg } from "./rasterise";

// The focus colour of every chart (lib/chart/style FOCUS_COLOR), as a chart draws it: an attribute.
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
    const focus = countColour(rgba, FOCUS);
    assert.ok(focus >= 160 * 80 - 500 && focus <= 160 * 80 + 500, `${focus} px of the focus colour for a 160×80 rectangle`);
    assert.ok(countColour(rgba, [255, 255, 255]) > 400 * 200 * 0.5, "the background is white, not transparent");
    // The text is drawn (with the bundled font, whatever the machine has): dark pixels below the rectangle.
    assert.ok(countColour(rgba, [0x1b, 0x1f, 0x24]) > 500, "the text's ink is there");
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
