"use client";
/**
 * Regencies and cities on two indices, the vertical one chosen from a list and kept in the URL
 * (?y=ipg). The whole figure follows the choice: title (with the pair's year), drawing, source line,
 * table and downloads. The server renders the first pair, so the figure is whole before scripts run.
 */
import type { ClientText } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { fill } from "@/lib/i18n/template";
import type { ScatterPair } from "@/lib/chart/types";
import { compactRows, type CsvColumnNames, type ExportRow } from "@/lib/export/rows";
import { ChartDownloads } from "./chart-downloads";
import { ChartPointer } from "./chart-pointer";
import { FigureCanvas, FigureCaption, FigureNotes, FigureTable } from "./figure";
import { ScatterPlot } from "./scatter-plot";
import { useUrlParam } from "./use-url-param";

export interface ScatterFigureText {
  figure: ClientText["figure"];
  scatter: ClientText["scatter"];
  downloads: ClientText["downloads"] & { columns: CsvColumnNames };
}

/** The rows behind a pair, as the table and the downloads show them. */
function pairRows(
  pair: ScatterPair,
  regionNames: Record<string, string>,
  sources: Record<string, { name: string; url: string }>,
): ExportRow[] {
  return Object.keys(pair.x.values)
    .filter((r) => pair.y.values[r] !== undefined)
    .flatMap((r) =>
      [pair.x, pair.y].map((a) => {
        const src = a.sources[r]!;
        return {
          region_code: r,
          region_name: regionNames[r] ?? r,
          indicator: a.code,
          year: pair.year,
          value: a.values[r]!,
          series: a.series,
          source_id: src,
          source: sources[src]?.name ?? src,
          source_url: sources[src]?.url ?? "",
        };
      }),
    );
}

export function ScatterChart({
  id,
  lang,
  pairs,
  regions,
  focus,
  provinceName,
  regionNames,
  sourceInfo,
  text,
}: {
  id: string;
  lang: Lang;
  pairs: ScatterPair[];
  regions: { code: string; label: string }[];
  focus: string;
  provinceName: string | null;
  regionNames: Record<string, string>;
  sourceInfo: Record<string, { name: string; url: string }>;
  text: ScatterFigureText;
}) {
  const t = text.scatter;
  const [yParam, setY] = useUrlParam("y");
  const requested = yParam?.toUpperCase();
  const pair = pairs.find((p) => p.y.code === requested) ?? pairs[0]!;
  const unknown = yParam !== null && !pairs.some((p) => p.y.code === requested);
  const rows = pairRows(pair, regionNames, sourceInfo);
  const title = fill(t.title, { x: pair.x.code, y: pair.y.code, year: pair.year });
  const missing = regions
    .filter((r) => pair.x.values[r.code] === undefined || pair.y.values[r.code] === undefined)
    .map((r) => r.label);
  const height = 480;
  return (
    <figure className="chart panel" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`} id={id} data-chart={id}>
      <FigureCaption id={id} title={title} subtitle={fill(t.subtitle, { x: pair.x.name, y: pair.y.name })} headingLevel={2} />
      {unknown ? (
        <p className="notice" role="status">
          {fill(t.unknownY, { value: yParam! })}
        </p>
      ) : null}
      <label className="inline-field no-print">
        {t.yAxis}{" "}
        <select
          value={pair.y.code}
          onChange={(e) => setY(e.target.value === pairs[0]!.y.code ? null : e.target.value.toLowerCase())}
        >
          {pairs.map((p) => (
            <option key={p.y.code} value={p.y.code}>
              {p.y.code} · {p.y.name} ({p.year})
            </option>
          ))}
        </select>
      </label>
      <FigureCanvas height={height} scrollLabel={text.figure.scrollLabel}>
        <ChartPointer label={text.figure.pointer}>
          <ScatterPlot
            lang={lang}
            pair={pair}
            regions={regions}
            focus={focus}
            height={height}
            text={{ better: t.better, province: provinceName }}
          />
        </ChartPointer>
      </FigureCanvas>
      {missing.length ? <p className="note">{fill(t.missing, { list: missing.join(", ") })}</p> : null}
      <FigureNotes
        id={id}
        summary={fill(t.summary, { x: pair.x.code, y: pair.y.code, year: pair.year, n: rows.length / 2 })}
        sources={[...new Set(rows.map((r) => r.source))]}
        lastYear={pair.year}
        text={text.figure}
      />
      <ChartDownloads
        data={compactRows(rows)}
        figureId={id}
        file={{ place: provinceName ?? "", kind: text.downloads.kinds.scatter }}
        decimals={{ [pair.x.code]: pair.x.decimals, [pair.y.code]: pair.y.decimals }}
        lang={lang}
        text={text.downloads}
      />
      <FigureTable
        title={title}
        rows={rows}
        decimals={{ [pair.x.code]: pair.x.decimals, [pair.y.code]: pair.y.decimals }}
        withRole={false}
        lang={lang}
        text={text.figure}
      />
    </figure>
  );
}
