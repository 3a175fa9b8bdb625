"use client";
/**
 * Regions over time on one indicator, with a region picker. The selection and the methodology
 * series live in the URL (?wilayah=6302,6300&seri=UHH-LF2020). Unknown codes in a pasted link are
 * named and ignored, never a crash.
 */
import type { PeerRegion, PeerSeries, PeersExport } from "@/lib/view/chart-types";
import { useState } from "react";
import type { ClientText } from "@/lib/i18n/dictionary";
import { fill } from "@/lib/i18n/template";
import type { Lang } from "@/lib/i18n/lang";
import { LegendList } from "./legend-list";
import { compactRows, type CsvColumnNames, type ExportRow } from "@/lib/view/export-rows";
import { ChartDownloads } from "./chart-downloads";
import { PeersPlotWhenVisible as PeersPlot } from "./lazy";
import { useUrlParam } from "./use-url-param";

export function PeersChart({
  lang,
  decimals,
  regions,
  series,
  defaultRegions,
  exportInfo,
  text,
  downloads,
}: {
  lang: Lang;
  decimals: number;
  regions: PeerRegion[];
  series: PeerSeries[];
  defaultRegions: string[];
  exportInfo: PeersExport;
  text: ClientText["peers"];
  downloads: ClientText["downloads"] & { columns: CsvColumnNames };
}) {
  const [filter, setFilter] = useState("");
  const [regionParam, setRegionParam] = useUrlParam("wilayah");
  const [seriesParam, setSeriesParam] = useUrlParam("seri");
  const known = new Set(regions.map((r) => r.code));
  const requested =
    regionParam === null
      ? defaultRegions
      : regionParam
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean);
  const unknown = requested.filter((c) => !known.has(c));
  const selected = requested.filter((c) => known.has(c));
  const activeSeries = series.find((s) => s.code === seriesParam) ?? series[0]!;
  const badSeries = seriesParam !== null && !series.some((s) => s.code === seriesParam);

  const setSelected = (codes: string[]) => {
    const same = codes.length === defaultRegions.length && codes.every((c) => defaultRegions.includes(c));
    setRegionParam(same ? null : codes.join(",") || "-");
  };
  const toggle = (code: string) =>
    setSelected(selected.includes(code) ? selected.filter((c) => c !== code) : [...selected, code]);

  const shown = regions.filter((r) => selected.includes(r.code) && (activeSeries.values[r.code]?.length ?? 0) > 0);
  const withoutValues = regions.filter((r) => selected.includes(r.code) && !(activeSeries.values[r.code]?.length ?? 0));
  const rows: ExportRow[] = shown.flatMap((r) =>
    activeSeries.values[r.code]!.map((p) => ({
      region_code: r.code,
      region_name: exportInfo.regionNames[r.code] ?? r.label,
      indicator: exportInfo.indicator,
      year: p.year,
      value: p.value,
      series: activeSeries.label,
      source_id: p.source,
      source: exportInfo.sources[p.source]?.name ?? p.source,
      source_url: exportInfo.sources[p.source]?.url ?? "",
    })),
  );

  return (
    <div className="peers">
      {unknown.length ? (
        <p className="notice" role="status">
          {fill(text.unknown, { codes: unknown.join(", ") })}
        </p>
      ) : null}
      {badSeries ? (
        <p className="notice" role="status">
          {fill(text.unknownSeries, { code: seriesParam! })}
        </p>
      ) : null}
      {series.length > 1 ? (
        <label className="inline-field">
          {text.series}{" "}
          <select
            value={activeSeries.code}
            onChange={(e) => setSeriesParam(e.target.value === series[0]!.code ? null : e.target.value)}
          >
            {series.map((s) => (
              <option key={s.code} value={s.code}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <div className="peers-layout">
        <fieldset className="region-picker">
          <legend>{text.pick}</legend>
          <div className="picker-actions">
            <button type="button" onClick={() => setRegionParam(null)}>
              {text.reset}
            </button>
            <button type="button" onClick={() => setSelected(regions.map((r) => r.code))}>
              {text.all}
            </button>
            <button type="button" onClick={() => setSelected([])}>
              {text.none}
            </button>
          </div>
          {regions.length > 30 ? (
            <input
              type="search"
              className="picker-filter"
              placeholder={text.filter}
              aria-label={text.filter}
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
            />
          ) : null}
          <ul>
            {regions
              .filter(
                (r) =>
                  !filter ||
                  selected.includes(r.code) ||
                  r.label.toLowerCase().includes(filter.toLowerCase()) ||
                  r.code.startsWith(filter),
              )
              .map((r) => (
                <li key={r.code}>
                  <label>
                    <input type="checkbox" checked={selected.includes(r.code)} onChange={() => toggle(r.code)} />
                    <svg width="22" height="10" viewBox="0 0 22 10" aria-hidden="true" focusable="false">
                      <line x1="1" y1="5" x2="21" y2="5" stroke={r.color} strokeWidth="3" strokeDasharray={r.dash || undefined} />
                    </svg>
                    {r.label}
                  </label>
                </li>
              ))}
          </ul>
        </fieldset>
        <div className="chart-body">
          {shown.length === 0 ? (
            <p className="empty-state">{text.empty}</p>
          ) : (
            <>
              <LegendList items={shown.map((r) => ({ label: r.label, color: r.color, dash: r.dash, kind: "line" as const }))} />
              <div className="chart-plot">
                <PeersPlot
                  lang={lang}
                  decimals={decimals}
                  lines={shown.map((r) => ({
                    ...r,
                    points: activeSeries.values[r.code]!.map(({ year, value }) => ({ year, value })),
                  }))}
                />
              </div>
            </>
          )}
          {withoutValues.length ? (
            <p className="note">{fill(text.noValues, { regions: withoutValues.map((r) => r.label).join(", ") })}</p>
          ) : null}
        </div>
      </div>
      <ChartDownloads
        data={compactRows(rows)}
        figureId={exportInfo.figureId}
        title={`${exportInfo.title} (${activeSeries.label})`}
        text={downloads}
      />
    </div>
  );
}
