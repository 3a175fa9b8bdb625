import { dict, type ClientText } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { compactRows, type ExportRow } from "@/lib/export/rows";
import { ChartDownloads } from "./chart-downloads";
import { ChartPointer } from "./chart-pointer";
import { FigureCanvas, FigureCaption, FigureNotes, FigureTable } from "./figure";

/**
 * A chart drawn on the server in its figure: a title that states the message, the unit, the drawing
 * (with tooltips once the page's scripts run), a text summary, the source line with the last data
 * year, the download buttons, and the data behind it as a table.
 */
export function ChartFrame({
  id,
  lang,
  title,
  subtitle,
  summary,
  note = null,
  sources,
  lastYear,
  rows,
  decimals,
  height,
  children,
  withRole = false,
  canvasClass,
  downloads = "server",
  maxHeight,
  headingLevel = 3,
  pointer = "x",
  file,
}: {
  id: string;
  lang: Lang;
  title: string;
  subtitle?: string;
  summary: string;
  /** A note the chart's reader needs (where BPS changed the method), under the summary. */
  note?: string | null;
  sources: string[];
  lastYear: number | null;
  rows: ExportRow[];
  decimals: number;
  /** Reserved height of the chart, so nothing moves when it draws (CLS 0). */
  height?: number;
  children: React.ReactNode;
  /** Show the "role" column (baseline, target, rank…) in the data table. */
  withRole?: boolean;
  canvasClass?: string;
  /** "server": download these rows; "client": the chart offers its own (the rows depend on what is picked on screen). */
  downloads?: "server" | "client";
  /** Taller charts (hundreds of regions) scroll inside a box of this height instead of running down the page. */
  maxHeight?: number;
  /** 2 where the chart heads its own part of the page, 3 inside a section (keeps heading order). */
  headingLevel?: 2 | 3;
  /** Along which axis the tooltip finds the nearest mark; false for a chart with its own interaction. */
  pointer?: "x" | "y" | "area" | false;
  /** What the download files are named after: the place and the kind of chart. */
  file: { place: string; kind: keyof ClientText["downloads"]["kinds"] };
}) {
  const t = dict(lang).client;
  return (
    <figure className="chart panel" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`} id={id} data-chart={id}>
      <FigureCaption id={id} title={title} subtitle={subtitle} headingLevel={headingLevel} />
      <FigureCanvas height={height} maxHeight={maxHeight} className={canvasClass} scrollLabel={t.figure.scrollLabel}>
        {pointer ? (
          <ChartPointer label={t.figure.pointer} axis={pointer}>
            {children}
          </ChartPointer>
        ) : (
          children
        )}
      </FigureCanvas>
      <FigureNotes id={id} summary={summary} note={note} sources={sources} lastYear={lastYear} text={t.figure} />
      {downloads === "server" ? (
        <ChartDownloads
          data={compactRows(rows)}
          figureId={id}
          file={{ place: file.place, kind: t.downloads.kinds[file.kind] }}
          decimals={Object.fromEntries(rows.map((r) => [r.indicator, decimals]))}
          lang={lang}
          text={{ ...t.downloads, columns: t.csvColumns }}
        />
      ) : null}
      <FigureTable title={title} rows={rows} decimals={decimals} withRole={withRole} lang={lang} text={t.figure} />
    </figure>
  );
}
