/**
 * The fixture Word report with real charts, to look at and to time: the page's own chart components
 * (TrendChart, RankingChart) drawn with react-dom/server from the bundled data, composed into one
 * SVG each (lib/chart/chart-svg) and rasterised at 300 dpi (lib/export/rasterise), then written by
 * lib/export/word. Prints how long the charts and the writing take.
 *
 *   npx tsx scripts/report-sample.tsx /tmp/laporan      → /tmp/laporan/laporan-id.docx and laporan-en.docx
 *
 * The unit tests use sampleFigures() for their fixture report.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { RankingChart } from "@/components/charts/ranking-chart";
import { TrendChart } from "@/components/charts/trend-chart";
import { chartParts, chartSvg } from "@/lib/chart/chart-svg";
import { rasteriseSvg } from "@/lib/export/rasterise";
import {
  fixtureReport,
  INDEX_CODES,
  CHART_KINDS,
  type ChartKind,
  type FixturePicture,
  type IndexCode,
} from "@/lib/export/word/fixture";
import { writeReport } from "@/lib/export/word/write-report";
import { loadDataset } from "@/lib/data/load";
import type { Observation } from "@/lib/data/schemas";
import type { Lang } from "@/lib/i18n/lang";
import { FOCUS_COLOR, NATIONAL_COLOR, PROVINCE_COLOR } from "@/lib/chart/style";

const FOCUS = "6302";
const WIDTH_CM = 16;

/** Per region, the values of the methodology series it has most values in (enough for a sample: never two series in one line). */
function valuesOf(observations: Observation[], code: IndexCode): Map<string, Map<number, number>> {
  const bySeries = new Map<string, Map<number, number>>();
  for (const o of observations) {
    if (o.indicator !== code || o.value === null) continue;
    const key = `${o.region} ${o.series}`;
    const years = bySeries.get(key) ?? new Map<number, number>();
    if (!years.has(o.year)) years.set(o.year, o.value);
    bySeries.set(key, years);
  }
  const out = new Map<string, Map<number, number>>();
  for (const [key, years] of bySeries) {
    const region = key.split(" ")[0]!;
    if ((out.get(region)?.size ?? 0) < years.size) out.set(region, years);
  }
  return out;
}

function chartMarkup(
  lang: Lang,
  code: IndexCode,
  kind: ChartKind,
  values: Map<string, Map<number, number>>,
  names: Map<string, string>,
) {
  const decimals = code === "IKG" ? 3 : 2;
  const line = (region: string, color: string, dash: string) => ({
    key: region,
    label: names.get(region) ?? region,
    color,
    dash,
    width: region === FOCUS ? 3 : 2,
    points: [...(values.get(region) ?? [])].map(([year, value]) => ({ year, value })).sort((a, b) => a.year - b.year),
  });
  if (kind !== "ranking") {
    const lines =
      kind === "trend"
        ? [line(FOCUS, FOCUS_COLOR, "")]
        : [line(FOCUS, FOCUS_COLOR, ""), line("6300", PROVINCE_COLOR, "7 4"), line("0000", NATIONAL_COLOR, "2 3")];
    const years = lines.flatMap((l) => l.points.map((p) => p.year));
    const chart = { lang, decimals, xDomain: [Math.min(...years), Math.max(...years)] as [number, number], lines };
    return renderToStaticMarkup(<TrendChart chart={chart} height={260} />);
  }
  const kabKota = [...values].filter(([region]) => region.startsWith("63") && region !== "6300");
  const year = Math.max(...kabKota.map(([, years]) => Math.max(...years.keys())));
  const bars = kabKota
    .filter(([, years]) => years.has(year))
    .map(([region, years]) => ({
      code: region,
      label: names.get(region) ?? region,
      value: years.get(year)!,
      focus: region === FOCUS,
    }))
    .sort((a, b) => (code === "IKG" ? a.value - b.value : b.value - a.value));
  const province = values.get("6300")?.get(year);
  const references =
    province === undefined
      ? []
      : [{ label: names.get("6300") ?? "6300", level: "province" as const, value: province, color: PROVINCE_COLOR, dash: "7 4" }];
  return renderToStaticMarkup(
    <RankingChart
      lang={lang}
      decimals={decimals}
      bars={bars}
      references={references}
      focusLabel={names.get(FOCUS)!}
      othersLabel={lang === "id" ? "Kabupaten/kota lain" : "Other regencies and cities"}
    />,
  );
}

/** Every chart of the fixture, drawn and rasterised: 4 indices × 3 kinds = 12 pictures. */
export async function sampleFigures(lang: Lang): Promise<(code: IndexCode, kind: ChartKind) => FixturePicture> {
  const loaded = await loadDataset();
  if (!loaded.ok) throw new Error("the bundled data does not load: run npm run data:check");
  const names = new Map(loaded.dataset.regions.map((r) => [r.code, r.shortName]));
  // Markup is drawn one chart after another (React on this thread); the pictures are rasterised side by side
  // (resvg's renderAsync runs on libuv's thread pool).
  const jobs = INDEX_CODES.flatMap((code) => {
    const values = valuesOf(loaded.dataset.observations, code);
    return CHART_KINDS.map((kind) => ({
      key: `${code} ${kind}`,
      svg: chartSvg(chartParts(chartMarkup(lang, code, kind, values, names))).svg,
    }));
  });
  const images = await Promise.all(jobs.map((job) => rasteriseSvg(job.svg, { widthCm: WIDTH_CM })));
  const pictures = new Map<string, FixturePicture>(
    jobs.map((job, i) => [
      job.key,
      { png: images[i]!.png, widthPx: images[i]!.widthPx, heightPx: images[i]!.heightPx, widthCm: WIDTH_CM },
    ]),
  );
  return (code, kind) => pictures.get(`${code} ${kind}`)!;
}

async function main(dir: string) {
  mkdirSync(dir, { recursive: true });
  for (const lang of ["id", "en"] as const) {
    const t0 = performance.now();
    const pictures = await sampleFigures(lang);
    const t1 = performance.now();
    const bytes = await writeReport(fixtureReport(lang, pictures));
    const t2 = performance.now();
    const file = path.join(dir, `laporan-${lang}.docx`);
    writeFileSync(file, bytes);
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    console.log(
      `${file}: 12 charts drawn and rasterised in ${s(t1 - t0)}, written in ${s(t2 - t1)}, ${Math.round(bytes.length / 1024)} KB`,
    );
  }
}

if (require.main === module) void main(process.argv[2] ?? "/tmp/laporan");
