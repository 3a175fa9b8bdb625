"use client";
/**
 * Download buttons of one chart: its data as an Excel workbook (first: numbers stay numbers in any
 * locale) and as CSV (standard, Excel Indonesia), and its picture as PNG and SVG. File names say
 * indicator, place, years and kind: ikg-kotabaru-2018-2023-tren.xlsx.
 */
import { useState } from "react";
import { dataFileName } from "@/lib/format/file-name";
import type { ClientText } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { expandRows, exportRowsToCsv, type CompactRows, type CsvColumnNames, type CsvFlavour } from "@/lib/export/rows";
import { composeFigureSvg, saveBlob, svgToPng } from "./chart-image";

export interface ChartFile {
  /** The place the chart is about ("Kotabaru", "Kalimantan Selatan"). */
  place: string;
  /** What the chart is, in the page's language ("tren", "peringkat"). */
  kind: string;
}

export function ChartDownloads({
  data,
  figureId,
  file,
  decimals,
  lang,
  text,
}: {
  data: CompactRows;
  figureId: string;
  file: ChartFile;
  /** Decimals of each indicator in the data, for the workbook's number formats. */
  decimals: Record<string, number>;
  lang: Lang;
  text: ClientText["downloads"] & { columns: CsvColumnNames };
}) {
  const [error, setError] = useState<string | null>(null);
  // The years of the published values, not of a 2029 target row.
  const observed = data.rows.filter((r) => r[6] === null);
  const base = dataFileName({
    indicators: data.rows.map((r) => r[1]),
    place: file.place,
    years: (observed.length ? observed : data.rows).map((r) => r[2]),
    kind: file.kind,
  });
  const csv = (flavour: CsvFlavour) => {
    const blob = new Blob([exportRowsToCsv(expandRows(data), flavour, text.columns)], { type: "text/csv;charset=utf-8" });
    saveBlob(blob, `${base}${flavour === "excel-id" ? "-excel-id" : ""}.csv`);
  };
  const xlsx = async () => {
    setError(null);
    try {
      // Loaded on the click: the workbook writer is not part of the page.
      const [{ chartWorkbook }, { workbookBlob }] = await Promise.all([
        import("@/lib/export/workbook"),
        import("@/lib/export/xlsx"),
      ]);
      saveBlob(await workbookBlob(chartWorkbook(expandRows(data), decimals, text.columns, lang)), `${base}.xlsx`);
    } catch {
      setError(text.failedFile);
    }
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
      <button type="button" onClick={xlsx} disabled={empty} title={text.xlsxHint}>
        {text.xlsx}
      </button>
      <button type="button" onClick={() => csv("standard")} disabled={empty} title={text.csvHint}>
        CSV
      </button>
      <button type="button" onClick={() => csv("excel-id")} disabled={empty} title={text.excelHint}>
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
