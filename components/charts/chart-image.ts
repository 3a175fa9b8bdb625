/**
 * A chart as a picture that stands on its own when pasted into a report or slide: the drawn chart
 * plus its title, subtitle, legend and source line (with the last data year), composed into one
 * standalone SVG from what is on screen. PNG is that SVG drawn on a canvas at 2× or more.
 */
import { linePath, parsePointsAttribute } from "@/lib/chart/path";
import { INK_COLOR, INK_SOFT_COLOR, MUTED_COLOR } from "@/lib/chart/style";

const NS = "http://www.w3.org/2000/svg";
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif';

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Break text into lines that fit a width, by an average character width (no layout engine needed). */
function wrap(text: string, width: number, fontSize: number): string[] {
  const perLine = Math.max(10, Math.floor(width / (fontSize * 0.55)));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if ((line + " " + word).trim().length > perLine && line) {
      lines.push(line);
      line = word;
    } else line = (line + " " + word).trim();
  }
  if (line) lines.push(line);
  return lines;
}

export interface ComposedImage {
  svg: string;
  width: number;
  height: number;
}

/** Length of an SVG attribute in px: "43.2%" of `width`, or a plain number. */
function px(value: string | null, width: number): number {
  if (value === null || value === "") return 0;
  return value.endsWith("%") ? (parseFloat(value) / 100) * width : parseFloat(value);
}

/**
 * The drawing with every position in plain pixels, as office programs need it: percentages of the
 * plot's width resolved, text offsets (dx) folded into positions, the stretched line layer's paths
 * rescaled, and positioned glyphs turned into translated groups. Returns the drawing's children.
 */
export function bakeDrawing(svg: SVGSVGElement, width: number): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  for (const el of [...clone.querySelectorAll<SVGElement>("[x], [x1], [x2], [cx]")]) {
    if (el.tagName === "svg") continue;
    for (const attr of ["x1", "x2", "cx"])
      if (el.hasAttribute(attr)) el.setAttribute(attr, String(px(el.getAttribute(attr), width)));
    if (el.hasAttribute("x")) el.setAttribute("x", String(px(el.getAttribute("x"), width) + px(el.getAttribute("dx"), width)));
    el.removeAttribute("dx");
  }
  for (const layer of [...clone.querySelectorAll<SVGSVGElement>("svg.line-layer")]) {
    const g = document.createElementNS(NS, "g");
    for (const path of [...layer.querySelectorAll("path")]) {
      // Redrawn from its points at the width it has on screen: no stretching, which office programs ignore.
      const points = path.getAttribute("data-points");
      if (points) path.setAttribute("d", linePath(parsePointsAttribute(points), width));
      path.removeAttribute("data-points");
      path.removeAttribute("vector-effect");
      g.appendChild(path);
    }
    layer.replaceWith(g);
  }
  // Glyphs (target diamonds, the focus point) are small SVGs placed at a position: make them groups.
  for (const glyph of [...clone.querySelectorAll<SVGSVGElement>("svg")]) {
    const g = document.createElementNS(NS, "g");
    g.setAttribute("transform", `translate(${px(glyph.getAttribute("x"), width)} ${px(glyph.getAttribute("y"), width)})`);
    g.append(...glyph.childNodes);
    glyph.replaceWith(g);
  }
  for (const el of [...clone.querySelectorAll("[data-tip]")]) el.removeAttribute("data-tip");
  const inner = [...clone.childNodes].map((n) => new XMLSerializer().serializeToString(n)).join("");
  // A drawing in its own coordinates (the map) is scaled to the width it has on screen.
  const viewBox = svg.getAttribute("viewBox")?.split(" ").map(Number);
  return viewBox ? `<g transform="scale(${(width / viewBox[2]!).toFixed(4)})">${inner}</g>` : inner;
}

/** Compose the standalone SVG of the chart inside a <figure class="chart">. */
export function composeFigureSvg(figure: HTMLElement): ComposedImage | null {
  const plot = figure.querySelector<HTMLElement>(".plot");
  const drawing = plot?.querySelector<SVGSVGElement>("svg.chart-surface");
  if (!plot || !drawing) return null;
  const box = drawing.getBoundingClientRect();
  const style = getComputedStyle(plot);
  const gutterLeft = parseFloat(style.paddingLeft) || 0;
  const gutterRight = parseFloat(style.paddingRight) || 0;
  const pad = 24;
  const width = Math.max(640, Math.round(gutterLeft + box.width + gutterRight) + 2 * pad);
  const inner = width - 2 * pad;
  const parts: string[] = [];
  let y = pad;
  const text = (s: string, size: number, weight: number, fill: string) => {
    for (const line of wrap(s, inner, size)) {
      y += size * 1.25;
      parts.push(`<text x="${pad}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}">${esc(line)}</text>`);
    }
  };
  text(figure.querySelector(".chart-title")?.textContent ?? "", 20, 700, INK_COLOR);
  const subtitle = figure.querySelector(".chart-subtitle")?.textContent;
  if (subtitle) text(subtitle, 14, 400, MUTED_COLOR);
  y += 10;
  y = legend(figure, parts, pad, width, y);
  parts.push(`<g transform="translate(${pad + gutterLeft} ${y})" font-size="12">${bakeDrawing(drawing, box.width)}</g>`);
  y += box.height + 8;
  const source = figure.querySelector(".chart-source")?.textContent;
  if (source) text(source, 12, 400, MUTED_COLOR);
  const height = Math.round(y + pad);
  const svg =
    `<svg xmlns="${NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family='${FONT}'>` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>${parts.join("")}</svg>`;
  return { svg, width, height };
}

/** The legend: each item's swatch (its own small SVG) and label, flowing in rows. Returns the y below it. */
function legend(figure: HTMLElement, parts: string[], pad: number, width: number, top: number): number {
  const items = [...figure.querySelectorAll<HTMLLIElement>(".legend li")];
  if (!items.length) return top;
  let y = top + 4;
  let x = pad;
  const rowHeight = 20;
  for (const li of items) {
    const swatch = li.querySelector("svg");
    const label = li.textContent?.trim() ?? "";
    const w = 34 + label.length * 13 * 0.55 + 18;
    if (x + w > width - pad && x > pad) {
      x = pad;
      y += rowHeight;
    }
    if (swatch) parts.push(`<svg x="${x}" y="${y}" width="28" height="12" viewBox="0 0 28 12">${swatch.innerHTML}</svg>`);
    parts.push(`<text x="${x + 34}" y="${y + 11}" font-size="13" fill="${INK_SOFT_COLOR}">${esc(label)}</text>`);
    x += w;
  }
  return y + rowHeight + 6;
}

/** Draw the SVG at `scale`× into a PNG (2× by default, so it stays sharp on projectors and in print). */
export async function svgToPng(image: ComposedImage, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([image.svg], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const img = new Image();
    img.decoding = "sync";
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error("SVG could not be drawn"));
      img.src = url;
    });
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(image.width * scale);
    canvas.height = Math.round(image.height * scale);
    const ctx = canvas.getContext("2d")!;
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, image.width, image.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG failed"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Save a blob under a file name, without a server round trip (works offline and in the static build). */
export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
