/**
 * A chart as a picture that stands on its own when pasted into a report or slide: the drawn chart
 * plus its title, subtitle, legend and source line (with the last data year), composed into one
 * standalone SVG from what is on screen. PNG is that SVG drawn on a canvas at 2× or more.
 */
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

/** Compose the standalone SVG of the chart inside a <figure class="chart">. */
export function composeFigureSvg(figure: HTMLElement): ComposedImage | null {
  const surfaces = [...figure.querySelectorAll<SVGSVGElement>("svg.recharts-surface, svg.chart-surface")];
  const chart = surfaces.at(-1);
  if (!chart) return null;
  const box = chart.getBoundingClientRect();
  const pad = 24;
  const width = Math.max(640, Math.round(box.width) + 2 * pad);
  const inner = width - 2 * pad;
  const parts: string[] = [];
  let y = pad;
  const text = (s: string, size: number, weight: number, fill: string) => {
    for (const line of wrap(s, inner, size)) {
      y += size * 1.25;
      parts.push(`<text x="${pad}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}">${esc(line)}</text>`);
    }
  };
  text(figure.querySelector(".chart-title")?.textContent ?? "", 20, 700, "#1b1f24");
  const subtitle = figure.querySelector(".chart-subtitle")?.textContent;
  if (subtitle) text(subtitle, 14, 400, "#57606a");
  y += 10;

  // Legend: each item's swatch (its own small SVG) and label, flowing in rows.
  const items = [...figure.querySelectorAll<HTMLLIElement>(".legend li")];
  let x = pad;
  const rowHeight = 20;
  if (items.length) y += 4;
  for (const li of items) {
    const swatch = li.querySelector("svg");
    const label = li.textContent?.trim() ?? "";
    const w = 34 + label.length * 13 * 0.55 + 18;
    if (x + w > width - pad && x > pad) {
      x = pad;
      y += rowHeight;
    }
    if (swatch) parts.push(`<svg x="${x}" y="${y}" width="28" height="12" viewBox="0 0 28 12">${swatch.innerHTML}</svg>`);
    parts.push(`<text x="${x + 34}" y="${y + 11}" font-size="13" fill="#3d4650">${esc(label)}</text>`);
    x += w;
  }
  if (items.length) y += rowHeight + 6;

  const clone = chart.cloneNode(true) as SVGSVGElement;
  clone.setAttribute("x", String(pad));
  clone.setAttribute("y", String(y));
  clone.setAttribute("width", String(Math.round(box.width)));
  clone.setAttribute("height", String(Math.round(box.height)));
  clone.removeAttribute("style");
  clone.removeAttribute("class");
  // On the page, axis text is sized by the stylesheet; the standalone picture has none.
  clone.setAttribute("font-size", "12");
  parts.push(new XMLSerializer().serializeToString(clone));
  y += box.height + 8;

  const source = figure.querySelector(".chart-source")?.textContent;
  if (source) text(source, 12, 400, "#57606a");
  const height = Math.round(y + pad);
  const svg =
    `<svg xmlns="${NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family='${FONT}'>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>${parts.join("")}</svg>`;
  return { svg, width, height };
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
