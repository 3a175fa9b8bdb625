/**
 * The one SVG rasteriser: a chart drawn on the server as SVG (the same React component the page
 * shows, through react-dom/server; see lib/chart/chart-svg) becomes a PNG at print resolution, for the
 * files that need a picture rather than a drawing (the Word report). resvg runs in Node, off the
 * main thread (renderAsync), with no browser.
 *
 * Text renders the same on every machine: resvg is given one font and no access to the machine's
 * fonts. The font is Noto Sans, Regular and Bold, as TrueType files (resvg reads TTF/OTF, not
 * WOFF2) from the npm package @expo-google-fonts/noto-sans (SIL Open Font License 1.1, its
 * LICENSE_FONT). Noto Sans is in the page's own font stack (app/globals.css, --font), and every
 * family an SVG names (system-ui, Roboto, sans-serif…) falls back to it.
 *
 * Colours: the charts carry theirs as SVG attributes, or in a <style> inside the SVG (the ranking's
 * row classes), because a downloaded SVG and the static copy have no stylesheet either
 * (components/charts/plot.tsx). resvg honours both, so nothing of app/globals.css is copied here;
 * the only thing the page's CSS gives a chart is its font, set above.
 */
import { join } from "node:path";
import { renderAsync } from "@resvg/resvg-js";

/** Where npm puts the font files; resolved from the project folder (tests, `next build`, `next start`). */
const FONT_DIR = join(process.cwd(), "node_modules", "@expo-google-fonts", "noto-sans");
export const FONT_FILES = [
  join(FONT_DIR, "400Regular", "NotoSans_400Regular.ttf"),
  join(FONT_DIR, "700Bold", "NotoSans_700Bold.ttf"),
];
export const FONT_FAMILY = "Noto Sans";

const CM_PER_INCH = 2.54;

export interface RasteriseOptions {
  /** Printed width of the picture. */
  widthCm: number;
  /** Print resolution; 300 dpi is print quality for a report. */
  dpi?: number;
}

export interface RasterImage {
  png: Uint8Array;
  widthPx: number;
  heightPx: number;
}

/** Pixels across a printed width at a resolution: 16 cm at 300 dpi = 1890 px. */
export function pixelsFor(widthCm: number, dpi: number): number {
  return Math.round((widthCm / CM_PER_INCH) * dpi);
}

/**
 * Draw a standalone SVG (with xmlns, width and height or a viewBox) as a PNG exactly as wide as
 * `widthCm` needs at `dpi`, its height in proportion, on white.
 */
export async function rasteriseSvg(svg: string, { widthCm, dpi = 300 }: RasteriseOptions): Promise<RasterImage> {
  if (!(widthCm > 0) || !(dpi > 0)) throw new Error(`rasteriseSvg: width ${widthCm} cm at ${dpi} dpi is not a size`);
  const image = await renderAsync(svg, {
    fitTo: { mode: "width", value: pixelsFor(widthCm, dpi) },
    background: "#ffffff",
    font: {
      loadSystemFonts: false,
      fontFiles: FONT_FILES,
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
      serifFamily: FONT_FAMILY,
      monospaceFamily: FONT_FAMILY,
    },
    logLevel: "error",
  });
  return { png: new Uint8Array(image.asPng()), widthPx: image.width, heightPx: image.height };
}
