"use client";
/** Download buttons of one chart: its data as CSV (standard, Excel Indonesia) and its picture as PNG and SVG. */
import { useState } from "react";
import { fileSlug } from "@/lib/format/file-name";
import type { ClientText } from "@/lib/i18n/dictionary";
import { expandRows, exportRowsToCsv, type CompactRows, type CsvColumnNames, type CsvFlavour } from "@/lib/view/export-rows";
import { composeFigureSvg, saveBlob, svgToPng } from "./chart-image";

export function ChartDownloads({
  data,
  figureId,
  title,
  text,
}: {
  data: CompactRows;
  figureId: string;
  title: string;
  text: ClientText["downloads"] & { columns: CsvColumnNames };
}) {
  const [error, setError] = useState<string | null>(null);
  const base = fileSlug(title);
  const csv = (flavour: CsvFlavour) => {
    const blob = new Blob([exportRowsToCsv(expandRows(data), flavour, text.columns)], { type: "text/csv;charset=utf-8" });
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
  const empty = data.rows.length === 0;
  return (
    <div className="chart-downloads no-print" role="group" aria-label={text.group}>
      <span className="downloads-label">{text.label}</span>
      <button type="button" onClick={() => csv("standard")} disabled={empty}>
        CSV
      </button>
      <button type="button" onClick={() => csv("excel-id")} disabled={empty}>
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
