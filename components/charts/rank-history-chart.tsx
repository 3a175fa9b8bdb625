/**
 * The focus region's rank among the regencies and cities year by year, drawn on the server: rank 1 at
 * the top, a line only between consecutive years in one series (a method change or a missing year
 * leaves a gap and, for the method, a marked rule), each point labelled with its rank ("=6" when
 * tied with another region).
 */
import type { Lang } from "@/lib/i18n/lang";
import { fractionScale, linearScale, minorTicks, pct, yearRange } from "@/lib/chart/scale";
import type { RankChartView } from "@/lib/view/regional";
import { FOCUS_COLOR, INK_COLOR } from "@/lib/chart/style";
import { ChartFrame } from "./chart-frame";
import { MethodBreak } from "./marks";
import { BottomAxis, LineLayer, Plot, Stroke, ValueAxis, fonts, type Gutters } from "./plot";

const HEIGHT = 220;

export function RankHistoryChart({
  chart,
  lang,
  place,
  axisLabel,
}: {
  chart: RankChartView;
  lang: Lang;
  place: string;
  axisLabel: string;
}) {
  const f = fonts(false);
  const g: Gutters = { left: 40, right: 24, top: 18, bottom: 30 };
  const bottom = HEIGHT - g.bottom;
  const [y0, y1] = chart.years;
  const years = yearRange(y0, y1);
  // A single year still gets a little axis around it.
  const x = fractionScale(y0 === y1 ? [y0 - 1, y1 + 1] : [y0, y1]);
  const y = linearScale([1, chart.of], [g.top, bottom]);
  const ticks = [...new Set([1, Math.ceil(chart.of / 2), chart.of])];
  return (
    <ChartFrame
      id="grafik-peringkat-tahunan"
      lang={lang}
      title={chart.title}
      subtitle={axisLabel}
      summary={chart.summary}
      sources={[...new Set(chart.rows.map((r) => r.source))]}
      lastYear={y1}
      rows={chart.rows}
      decimals={0}
      height={HEIGHT}
      withRole
      file={{ place, kind: "rankHistory" }}
    >
      <Plot height={HEIGHT} gutters={g} className="rank-history-plot">
        <ValueAxis ticks={ticks} y={y} label={String} fontSize={f.tick} />
        <BottomAxis ticks={years} x={x} y={bottom} label={String} minor={minorTicks(years)} fontSize={f.tick} />
        {chart.breaks.map((b) => (
          <MethodBreak key={b.x} at={x(b.x)} top={g.top} bottom={bottom} label={b.label} tip={null} fontSize={f.note} />
        ))}
        <LineLayer height={HEIGHT}>
          {chart.segments.map((s) => (
            <Stroke key={s[0]!.year} points={s.map((p) => ({ x: x(p.year), y: y(p.rank) }))} color={FOCUS_COLOR} width={3} />
          ))}
        </LineLayer>
        {chart.segments.flat().map((p) => (
          <g key={p.year}>
            <circle className="mark" cx={pct(x(p.year))} cy={y(p.rank)} r={4.5} fill={FOCUS_COLOR} data-tip={p.tip} />
            <text x={pct(x(p.year))} y={y(p.rank) - 9} textAnchor="middle" fontSize={f.label} fontWeight="700" fill={INK_COLOR}>
              {p.label}
            </text>
          </g>
        ))}
      </Plot>
    </ChartFrame>
  );
}
