/**
 * The choropleth of the regencies and cities, drawn on the server as SVG in its own coordinates
 * (scales with the width, prints, works without scripts): fills by class, hatching where there is no
 * value, the focus region outlined and labelled. Every region carries its name and value for the
 * tooltip (pointer, or Tab then arrow keys) and a <title> for browsers without scripts.
 */
import { FOCUS_COLOR, INK_COLOR, MUTED_COLOR } from "@/lib/chart/style";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import type { MapView } from "@/lib/view/map";
import { ChartFrame } from "./chart-frame";
import { LegendList } from "./legend-list";

const HATCH = MUTED_COLOR;

export function MapChart({
  map,
  lang,
  decimals,
  headingLevel,
}: {
  map: MapView;
  lang: Lang;
  decimals: number;
  headingLevel?: 2 | 3;
}) {
  const t = dict(lang).map;
  return (
    <ChartFrame
      id="grafik-peta"
      lang={lang}
      title={map.title}
      subtitle={`${t.better} · ${t.legend}`}
      summary={map.summary}
      sources={[...new Set(map.rows.map((r) => r.source))]}
      lastYear={map.year}
      rows={map.rows}
      decimals={decimals}
      headingLevel={headingLevel}
      pointer="area"
      file={{ place: "Kalimantan Selatan", kind: "map" }}
    >
      <LegendList
        items={[
          ...map.legend.map((l) => ({ label: l.label, color: l.fill, dash: "", kind: "bar" as const })),
          { label: t.missing, color: HATCH, dash: "", kind: "hatch" as const },
        ]}
      />
      <div className="plot map-plot">
        <svg
          className="chart-surface map"
          viewBox={`0 0 ${map.width} ${map.height}`}
          width="100%"
          aria-hidden="true"
          focusable="false"
        >
          <defs>
            <pattern id="peta-arsir" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill="#fff" />
              <line x1="0" y1="0" x2="0" y2="6" stroke={HATCH} strokeWidth="1.5" />
            </pattern>
          </defs>
          {map.regions.map((r) => (
            <path
              key={r.code}
              d={r.path}
              fill={r.fill ?? "url(#peta-arsir)"}
              stroke="#ffffff"
              strokeWidth="1"
              data-tip={r.tip}
              data-region={r.code}
            >
              <title>{r.tip}</title>
            </path>
          ))}
          {map.regions
            .filter((r) => r.focus)
            .map((r) => (
              <path key="focus" d={r.path} fill="none" stroke={FOCUS_COLOR} strokeWidth="3" data-testid="map-focus" />
            ))}
          {map.focusLabel ? (
            <g fontSize="16" fontWeight="700" textAnchor="middle">
              <text x={map.focusLabel.x} y={map.focusLabel.y} stroke="#fff" strokeWidth="4" strokeLinejoin="round" fill="#fff">
                {map.focusLabel.text}
              </text>
              <text x={map.focusLabel.x} y={map.focusLabel.y} fill={INK_COLOR}>
                {map.focusLabel.text}
              </text>
            </g>
          ) : null}
        </svg>
      </div>
    </ChartFrame>
  );
}
