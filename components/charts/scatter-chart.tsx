"use client";
/**
 * Two indicators for one year, one dot per regency/city, the focus region highlighted and labelled.
 * The y-axis indicator is chosen from a list and kept in the URL (?y=ipg).
 */
import type { ScatterIndicator, ScatterExport } from "@/lib/view/chart-types";
import type { ClientText } from "@/lib/i18n/dictionary";
import { fill } from "@/lib/i18n/template";
import type { Lang } from "@/lib/i18n/lang";
import { LegendList } from "./legend-list";
import { compactRows, type CsvColumnNames, type ExportRow } from "@/lib/view/export-rows";
import { ChartDownloads } from "./chart-downloads";
import { ScatterPlotWhenVisible as ScatterPlot } from "./lazy";
import { FOCUS_COLOR, OTHER_COLOR } from "@/lib/view/series-style";
import { useUrlParam } from "./use-url-param";

export function ScatterChart({
  lang,
  x,
  candidates,
  defaultY,
  regions,
  focus,
  exportInfo,
  text,
  downloads,
}: {
  lang: Lang;
  x: ScatterIndicator;
  candidates: ScatterIndicator[];
  defaultY: string;
  regions: { code: string; label: string }[];
  focus: string;
  exportInfo: ScatterExport;
  text: ClientText["scatter"];
  downloads: ClientText["downloads"] & { columns: CsvColumnNames };
}) {
  const [yParam, setY] = useUrlParam("y");
  const requested = yParam?.toUpperCase() ?? defaultY;
  const y = candidates.find((c) => c.code === requested) ?? candidates.find((c) => c.code === defaultY)!;
  const points = regions
    .filter((r) => x.values[r.code] !== undefined && y.values[r.code] !== undefined)
    .map((r) => ({ code: r.code, label: r.label, x: x.values[r.code]!, y: y.values[r.code]!, focus: r.code === focus }));
  const missing = regions.filter((r) => x.values[r.code] === undefined || y.values[r.code] === undefined).map((r) => r.label);
  const rows: ExportRow[] = points.flatMap((p) =>
    [x, y].map((ind) => {
      const src = ind.sources[p.code]!;
      return {
        region_code: p.code,
        region_name: exportInfo.regionNames[p.code] ?? p.label,
        indicator: ind.code,
        year: exportInfo.year,
        value: ind.values[p.code]!,
        series: ind.series,
        source_id: src,
        source: exportInfo.sources[src]?.name ?? src,
        source_url: exportInfo.sources[src]?.url ?? "",
      };
    }),
  );

  return (
    <div className="chart-body">
      {yParam !== null && !candidates.some((c) => c.code === yParam.toUpperCase()) ? (
        <p className="notice" role="status">
          {fill(text.unknownY, { value: yParam })}
        </p>
      ) : null}
      <label className="inline-field">
        {text.yAxis}{" "}
        <select value={y.code} onChange={(e) => setY(e.target.value === defaultY ? null : e.target.value.toLowerCase())}>
          {candidates.map((c) => (
            <option key={c.code} value={c.code}>
              {c.code} · {c.name}
            </option>
          ))}
        </select>
      </label>
      <LegendList
        items={[
          { label: regions.find((r) => r.code === focus)?.label ?? focus, color: FOCUS_COLOR, dash: "", kind: "diamond" },
          { label: text.others, color: OTHER_COLOR, dash: "", kind: "dot" },
        ]}
      />
      {points.length === 0 ? (
        <p className="empty-state">{fill(text.empty, { x: x.code, y: y.code })}</p>
      ) : (
        <div className="chart-plot">
          <ScatterPlot
            lang={lang}
            x={{ code: x.code, decimals: x.decimals }}
            y={{ code: y.code, decimals: y.decimals }}
            points={points}
          />
        </div>
      )}
      {missing.length ? <p className="note">{fill(text.missing, { list: missing.join(", ") })}</p> : null}
      <ChartDownloads
        data={compactRows(rows)}
        figureId={exportInfo.figureId}
        title={`${exportInfo.title} ${x.code}-${y.code}`}
        text={downloads}
      />
    </div>
  );
}
