"use client";
/**
 * Regions over time on one indicator, with a region picker: the whole figure follows the selection
 * (title, drawing, source line, data table and downloads). The selection and the methodology series
 * live in the URL (?wilayah=6302,6300&seri=UHH-LF2020); unknown codes in a pasted link are named and
 * ignored. The server renders the default selection, so the figure is whole before scripts run.
 */
import { useState } from "react";
import type { ClientText } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { fill } from "@/lib/i18n/template";
import type { PeerRegion, PeerSeries, PeersExport } from "@/lib/chart/types";
import { compactRows, type CsvColumnNames, type ExportRow } from "@/lib/export/rows";
import { ChartDownloads } from "./chart-downloads";
import { ChartPointer } from "./chart-pointer";
import { FigureCanvas, FigureCaption, FigureNotes, FigureTable } from "./figure";
import { PeersPlot } from "./peers-plot";
import { useUrlParam } from "./use-url-param";

export interface PeersText {
  figure: ClientText["figure"];
  peers: ClientText["peers"];
  downloads: ClientText["downloads"] & { columns: CsvColumnNames };
}

/** "A, B dan C" / "A, B and C". */
function list(names: string[], and: string): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} ${and} ${names.at(-1)}`;
}

/** A title that says what is compared with what, for any selection. */
export function peersTitle(
  text: ClientText["peers"],
  code: string,
  focus: PeerRegion,
  shown: PeerRegion[],
  isDefault: boolean,
): string {
  const others = shown.filter((r) => r.code !== focus.code);
  const hasFocus = shown.some((r) => r.code === focus.code);
  if (!hasFocus) {
    return others.length <= 4
      ? fill(text.titleWithout, {
          code,
          list: list(
            others.map((r) => r.label),
            text.and,
          ),
        })
      : fill(text.titleWithoutMany, { code, n: others.length });
  }
  if (isDefault) return fill(text.titleDefault, { code, region: focus.label });
  if (others.length === 0) return fill(text.titleAlone, { code, region: focus.label });
  if (others.length <= 4)
    return fill(text.titleList, {
      code,
      region: focus.label,
      list: list(
        others.map((r) => r.label),
        text.and,
      ),
    });
  return fill(text.titleMany, { code, region: focus.label, n: others.length });
}

export function PeersChart({
  id,
  lang,
  decimals,
  regions,
  series,
  defaultRegions,
  subtitle,
  exportInfo,
  text,
}: {
  id: string;
  lang: Lang;
  decimals: number;
  regions: PeerRegion[];
  series: PeerSeries[];
  defaultRegions: string[];
  subtitle: string;
  exportInfo: Omit<PeersExport, "figureId" | "title">;
  text: PeersText;
}) {
  const t = text.peers;
  const [filter, setFilter] = useState("");
  const [highlight, setHighlight] = useState<string | null>(null);
  const { selected, unknown, active, seriesParam, setSeriesParam, badSeries, isDefault, setSelected, resetSelection } =
    usePeersSelection(regions, defaultRegions, series);
  const toggle = (code: string) =>
    setSelected(selected.includes(code) ? selected.filter((c) => c !== code) : [...selected, code]);

  const shown = regions.filter((r) => selected.includes(r.code) && (active.values[r.code]?.length ?? 0) > 0);
  const withoutValues = regions.filter((r) => selected.includes(r.code) && !(active.values[r.code]?.length ?? 0));
  const focus = regions.find((r) => r.role === "focus")!;
  const title = peersTitle(t, exportInfo.indicator, focus, shown, isDefault && !badSeries);
  const rows = peerRows(shown, active, exportInfo);
  const sources = [...new Set(rows.map((r) => r.source))];
  const lastYear = rows.length ? Math.max(...rows.map((r) => r.year)) : null;
  const height = 420;

  return (
    <figure className="chart panel" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`} id={id} data-chart={id}>
      <FigureCaption id={id} title={title} subtitle={`${subtitle} · ${text.figure.series}: ${active.label}`} />
      {unknown.length ? (
        <p className="notice" role="status">
          {fill(t.unknown, { codes: unknown.join(", ") })}
        </p>
      ) : null}
      {badSeries ? (
        <p className="notice" role="status">
          {fill(t.unknownSeries, { code: seriesParam! })}
        </p>
      ) : null}
      {series.length > 1 ? (
        <label className="inline-field no-print">
          {t.series}{" "}
          <select
            value={active.code}
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
        <RegionPicker
          regions={regions}
          selected={selected}
          filter={filter}
          onFilter={setFilter}
          onToggle={toggle}
          onReset={resetSelection}
          onAll={() => setSelected(regions.map((r) => r.code))}
          onNone={() => setSelected([])}
          onHighlight={setHighlight}
          text={t}
        />
        <FigureCanvas height={height} scrollLabel={text.figure.scrollLabel} className="peers-canvas">
          {shown.length === 0 ? (
            <p className="empty-state">{t.empty}</p>
          ) : (
            <ChartPointer label={text.figure.pointer}>
              <div onPointerLeave={() => setHighlight(null)}>
                <PeersPlot
                  lang={lang}
                  decimals={decimals}
                  lines={shown.map((r) => ({ ...r, points: active.values[r.code]!.map(({ year, value }) => ({ year, value })) }))}
                  seriesLabel={active.label}
                  highlight={highlight}
                  height={height}
                  onPoint={setHighlight}
                />
              </div>
            </ChartPointer>
          )}
          {withoutValues.length ? (
            <p className="note">{fill(t.noValues, { regions: withoutValues.map((r) => r.label).join(", ") })}</p>
          ) : null}
        </FigureCanvas>
      </div>
      <FigureNotes
        id={id}
        summary={fill(t.summary, { code: exportInfo.indicator, n: shown.length, region: focus.label })}
        sources={sources}
        lastYear={lastYear}
        text={text.figure}
      />
      <ChartDownloads
        data={compactRows(rows)}
        figureId={id}
        file={{ place: focus.label, kind: text.downloads.kinds.peers }}
        decimals={{ [exportInfo.indicator]: decimals }}
        lang={lang}
        text={text.downloads}
      />
      <FigureTable title={title} rows={rows} decimals={decimals} withRole={false} lang={lang} text={text.figure} />
    </figure>
  );
}

/** The values drawn, as the table and the downloads show them. */
function peerRows(shown: PeerRegion[], active: PeerSeries, info: Omit<PeersExport, "figureId" | "title">): ExportRow[] {
  return shown.flatMap((r) =>
    active.values[r.code]!.map((p) => ({
      region_code: r.code,
      region_name: info.regionNames[r.code] ?? r.label,
      indicator: info.indicator,
      year: p.year,
      value: p.value,
      series: active.label,
      source_id: p.source,
      source: info.sources[p.source]?.name ?? p.source,
      source_url: info.sources[p.source]?.url ?? "",
    })),
  );
}

/** The regions and series picked, from the URL (?wilayah=, ?seri=); the default selection writes nothing. */
function usePeersSelection(regions: PeerRegion[], defaultRegions: string[], series: PeerSeries[]) {
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
  const selected = requested.filter((c) => known.has(c));
  const isDefaultSet = (codes: string[]) =>
    codes.length === defaultRegions.length && codes.every((c) => defaultRegions.includes(c));
  return {
    selected,
    unknown: requested.filter((c) => !known.has(c)),
    active: series.find((s) => s.code === seriesParam) ?? series[0]!,
    seriesParam,
    setSeriesParam,
    badSeries: seriesParam !== null && !series.some((s) => s.code === seriesParam),
    isDefault: isDefaultSet(selected),
    setSelected: (codes: string[]) => setRegionParam(isDefaultSet(codes) ? null : codes.join(",") || "-"),
    resetSelection: () => setRegionParam(null),
  };
}

function RegionPicker({
  regions,
  selected,
  filter,
  onFilter,
  onToggle,
  onReset,
  onAll,
  onNone,
  onHighlight,
  text,
}: {
  regions: PeerRegion[];
  selected: string[];
  filter: string;
  onFilter: (v: string) => void;
  onToggle: (code: string) => void;
  onReset: () => void;
  onAll: () => void;
  onNone: () => void;
  onHighlight: (code: string | null) => void;
  text: ClientText["peers"];
}) {
  const visible = regions.filter(
    (r) =>
      !filter || selected.includes(r.code) || r.label.toLowerCase().includes(filter.toLowerCase()) || r.code.startsWith(filter),
  );
  return (
    <fieldset className="region-picker no-print">
      <legend>{text.pick}</legend>
      <div className="picker-actions">
        <button type="button" onClick={onReset}>
          {text.reset}
        </button>
        <button type="button" onClick={onAll}>
          {text.all}
        </button>
        <button type="button" onClick={onNone}>
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
          onChange={(e) => onFilter(e.target.value)}
        />
      ) : null}
      <ul>
        {visible.map((r) => (
          <li
            key={r.code}
            onPointerEnter={() => onHighlight(r.role === "peer" ? r.code : null)}
            onPointerLeave={() => onHighlight(null)}
          >
            <label>
              <input
                type="checkbox"
                checked={selected.includes(r.code)}
                onChange={() => onToggle(r.code)}
                onFocus={() => onHighlight(r.role === "peer" ? r.code : null)}
                onBlur={() => onHighlight(null)}
              />
              <svg width="22" height="10" viewBox="0 0 22 10" aria-hidden="true" focusable="false">
                <line x1="1" y1="5" x2="21" y2="5" stroke={r.color} strokeWidth="3" strokeDasharray={r.dash || undefined} />
              </svg>
              {r.label}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
