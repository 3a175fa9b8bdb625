"use client";
/** Download buttons of one chart: its data as CSV (standard, Excel Indonesia) and its picture as PNG and SVG. */
import { useState } from "react";
import { exportRowsToCsv, fileSlug, type CsvFlavour } from "@/lib/format/csv-export";
import { clientText } from "@/lib/i18n/client-text";
import type { Lang } from "@/lib/i18n/lang";
import type { ExportRow } from "@/lib/view/export-rows";
import { composeFigureSvg, saveBlob, svgToPng } from "./chart-image";

export function ChartDownloads({
  lang,
  rows,
  figureId,
  title,
}: {
  lang: Lang;
  rows: ExportRow[];
  figureId: string;
  title: string;
}) {
  const text = clientText(lang).downloads;
  const [error, setError] = useState<string | null>(null);
  const base = fileSlug(title);
  const csv = (flavour: CsvFlavour) => {
    const blob = new Blob([exportRowsToCsv(rows, flavour, lang)], { type: "text/csv;charset=utf-8" });
    saveBlob(blob, `${base}${flavour === "excel-id" ? "-excel-id" : ""}.csv`);
  };
  const image = async (kind: "png" | "svg") => {
    setError(null);
    const figure = document.getElementById(figureId);
    const composed = figure ? composeFigureSvg(figure) : null;
    if (!composed) {
      setError(text.notReady);
      return;
    }
    try {
      if (kind === "svg") saveBlob(new Blob([composed.svg], { type: "image/svg+xml;charset=utf-8" }), `${base}.svg`);
      else saveBlob(await svgToPng(composed, 2), `${base}.png`);
    } catch {
      setError(text.failed);
    }
  };
  return (
    <div className="chart-downloads no-print" role="group" aria-label={text.group}>
      <span className="downloads-label">{text.label}</span>
      <button type="button" onClick={() => csv("standard")} disabled={rows.length === 0}>
        CSV
      </button>
      <button type="button" onClick={() => csv("excel-id")} disabled={rows.length === 0}>
        {text.excel}
      </button>
      <button type="button" onClick={() => image("png")}>
        PNG
      </button>
      <button type="button" onClick={() => image("svg")}>
        SVG
      </button>
      {error ? (
        <span className="notice" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
