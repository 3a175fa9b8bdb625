/**
 * A chart drawn on the server as one standalone SVG picture, ready for lib/export/rasterise: the page's own
 * chart component, rendered with react-dom/server's renderToStaticMarkup, gives HTML (a legend
 * list, then the drawing in a padded <div class="plot">, perhaps a note on the axis); this lays the
 * legend, the drawing and the note out in one <svg> at a chosen width in CSS pixels.
 *
 * It does on the server what components/charts/chart-image.ts does in the browser for the PNG and
 * SVG downloads, without its title and source lines: in the report, the caption and the footnote
 * carry those. The drawing is used as it is: its horizontal positions are percentages of the plot's
 * width and resolve against the width given to the plot here; its colours are attributes, or a
 * <style> inside the drawing, so nothing of the page's stylesheet is needed.
 *
 * The markup is read with patterns, so it relies on the shape of components/charts/plot.tsx
 * (Plot: a div with the gutters as padding around an <svg class="chart-surface" width="100%">),
 * map-chart.tsx (the same div without padding, a viewBox) and legend-list.tsx. The tests render
 * the trend and ranking charts themselves, so a change there that breaks this fails them.
 */
import { INK_SOFT_COLOR, MUTED_COLOR } from "@/lib/chart/style";

export interface LegendEntry {
  /** The swatch's SVG content, drawn in a 28×12 box (legend-list.tsx). */
  swatch: string;
  /** Label text, XML-escaped. */
  label: string;
}

/** The drawing: its SVG, the gutters around it (px) and its height; or, for a map, its own viewBox. */
export interface PlotPart {
  svg: string;
  left: number;
  right: number;
  /** Height in px; null for a drawing sized by its viewBox (the map). */
  height: number | null;
  viewBox: [number, number] | null;
}

export interface ChartParts {
  legend: LegendEntry[];
  plot: PlotPart;
  /** Text under the drawing, XML-escaped (the ranking's "axis starts at …"). */
  note: string | null;
}

const PLOT =
  /<div class="plot(?: [^"]*)?"(?: style="padding-left:(\d+(?:\.\d+)?)px;padding-right:(\d+(?:\.\d+)?)px;height:(\d+)px")?>/;
const LEGEND = /<ul class="legend">([\s\S]*?)<\/ul>/;
const ITEM = /<li><svg [^>]*>([\s\S]*?)<\/svg>([\s\S]*?)<\/li>/g;
const NOTE = /<p class="axis-note"[^>]*>([\s\S]*?)<\/p>/;

/** The parts of a chart component's static markup. */
export function chartParts(markup: string): ChartParts {
  const plot = PLOT.exec(markup);
  const end = plot ? markup.indexOf("</svg></div>", plot.index) : -1;
  if (!plot || end < 0) throw new Error('chartParts: no <div class="plot"> with an <svg> in the chart\'s markup');
  const svg = markup.slice(plot.index + plot[0].length, end + "</svg>".length);
  const viewBox = /^<svg [^>]*viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  const legend = [...(LEGEND.exec(markup)?.[1] ?? "").matchAll(ITEM)].map((m) => ({ swatch: m[1]!, label: m[2]!.trim() }));
  return {
    legend,
    plot: {
      svg,
      left: Number(plot[1] ?? 0),
      right: Number(plot[2] ?? 0),
      height: plot[3] ? Number(plot[3]) : null,
      viewBox: viewBox ? [Number(viewBox[1]), Number(viewBox[2])] : null,
    },
    note: NOTE.exec(markup)?.[1]?.trim() ?? null,
  };
}

const PAD = 8;
const LEGEND_FONT = 13;
const LEGEND_ROW = 20;
const NOTE_FONT = 12;

/** Legend entries flowing in rows across the width; returns the markup and the y below it. */
function legendRows(legend: LegendEntry[], width: number, top: number): { svg: string; bottom: number } {
  if (legend.length === 0) return { svg: "", bottom: top };
  const parts: string[] = [];
  let [x, y] = [PAD, top];
  for (const { swatch, label } of legend) {
    // Width of the label by an average glyph width (0.55 em), as chart-image.ts measures it.
    const w = 34 + label.length * LEGEND_FONT * 0.55 + 18;
    if (x + w > width - PAD && x > PAD) [x, y] = [PAD, y + LEGEND_ROW];
    parts.push(`<svg x="${x}" y="${y + 2}" width="28" height="12" viewBox="0 0 28 12">${swatch}</svg>`);
    parts.push(`<text x="${x + 34}" y="${y + 13}" font-size="${LEGEND_FONT}" fill="${INK_SOFT_COLOR}">${label}</text>`);
    x += w;
  }
  return { svg: parts.join(""), bottom: y + LEGEND_ROW + 6 };
}

/** The drawing at the plot's width (the whole width less its gutters), placed at `top`. */
function placedPlot(plot: PlotPart, width: number, top: number): { svg: string; bottom: number } {
  const plotWidth = width - 2 * PAD - plot.left - plot.right;
  const height = plot.height ?? (plot.viewBox ? Math.round((plotWidth * plot.viewBox[1]) / plot.viewBox[0]) : 0);
  if (plotWidth <= 0 || height <= 0) throw new Error(`chartSvg: ${width} px leaves no room for the drawing`);
  // The outer <svg> of the drawing, sized: width="100%" becomes the plot's width in pixels.
  const sized = plot.svg.replace(/^<svg ([^>]*?)width="100%"/, `<svg x="${PAD + plot.left}" y="${top}" $1width="${plotWidth}"`);
  const withHeight = plot.height === null ? sized.replace(/^<svg /, `<svg height="${height}" `) : sized;
  return { svg: withHeight, bottom: top + height };
}

/**
 * One standalone SVG of a chart `width` CSS pixels wide (640 is about the page's chart column; at
 * 16 cm in print, 12 px text becomes 8.5 pt), its height what the legend, drawing and note need.
 */
export function chartSvg(parts: ChartParts, width = 640): { svg: string; width: number; height: number } {
  const legend = legendRows(parts.legend, width, PAD);
  const plot = placedPlot(parts.plot, width, legend.bottom);
  const noteY = plot.bottom + 8 + NOTE_FONT;
  const note = parts.note
    ? `<text x="${PAD}" y="${noteY}" font-size="${NOTE_FONT}" fill="${MUTED_COLOR}">${parts.note}</text>`
    : "";
  const height = Math.ceil((parts.note ? noteY : plot.bottom) + PAD);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>${legend.svg}${plot.svg}${note}</svg>`;
  return { svg, width, height };
}
