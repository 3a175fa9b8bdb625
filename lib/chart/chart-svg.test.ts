import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { RankingChart } from "@/components/charts/ranking-chart";
import { TrendChart } from "@/components/charts/trend-chart";
import { FOCUS_COLOR, PROVINCE_COLOR } from "@/lib/chart/style";
import { chartParts, chartSvg } from "./chart-svg";
import { countColour, decodePng } from "@/lib/export/png";
import { rasteriseSvg } from "@/lib/export/rasterise";

// Kalimantan Selatan's IKG 2023 for five kab/kota (data/observations.csv).
const bars = [
  { code: "6372", label: "Banjarbaru", value: 0.361, focus: false },
  { code: "6309", label: "Tabalong", value: 0.503, focus: false },
  { code: "6303", label: "Banjar", value: 0.53, focus: false },
  { code: "6302", label: "Kotabaru", value: 0.571, focus: true },
  { code: "6311", label: "Balangan", value: 0.574, focus: false },
];
const ranking = renderToStaticMarkup(
  createElement(RankingChart, {
    lang: "id",
    decimals: 3,
    bars,
    references: [{ label: "Kalsel", level: "province", value: 0.507, color: PROVINCE_COLOR, dash: "7 4" }],
    focusLabel: "Kotabaru",
    othersLabel: "Kabupaten/kota lain",
  }),
);
const ikg = [0.576, 0.577, 0.584, 0.588, 0.597, 0.571];
const trend = renderToStaticMarkup(
  createElement(TrendChart, {
    height: 260,
    chart: {
      lang: "en",
      decimals: 3,
      xDomain: [2018, 2029],
      lines: [
        {
          key: "6302",
          label: "Kotabaru",
          color: FOCUS_COLOR,
          dash: "",
          width: 3,
          points: ikg.map((value, i) => ({ year: 2018 + i, value })),
        },
      ],
      target: { year: 2029, value: 0.45, label: "2029 target" },
    },
  }),
);

describe("chartParts", () => {
  it("finds the ranking chart's legend, drawing with its gutters, and the note on the axis", () => {
    const parts = chartParts(ranking);
    assert.deepEqual(
      parts.legend.map((l) => l.label),
      ["Kotabaru", "Kabupaten/kota lain", "Kalsel (0,507)"],
    );
    assert.deepEqual([parts.plot.left, parts.plot.right, parts.plot.height, parts.plot.viewBox], [150, 56, 162, null]);
    assert.match(parts.plot.svg, /^<svg class="chart-surface" width="100%"[\s\S]*<\/svg>$/);
    assert.match(parts.plot.svg, /Kotabaru<\/text>/);
    assert.match(parts.note ?? "", /^Sumbu nilai mulai di 0,30/);
  });

  it("reads a map's drawing, sized by its viewBox (map-chart.tsx: no gutters, no height)", () => {
    const map =
      `<div class="plot map-plot"><svg class="chart-surface map" viewBox="0 0 400 300" width="100%" aria-hidden="true">` +
      `<path d="M0 0h400v300z" fill="#41b6c4"></path></svg></div>`;
    const parts = chartParts(map);
    assert.deepEqual([parts.plot.left, parts.plot.right, parts.plot.height, parts.plot.viewBox], [0, 0, null, [400, 300]]);
    // 640 less 2 × 8 padding = 624 px wide, so 468 px high.
    assert.match(
      chartSvg(parts, 640).svg,
      /<svg height="468" x="8" y="8" class="chart-surface map" viewBox="0 0 400 300" width="624"/,
    );
  });

  it("refuses markup without a drawing", () => {
    assert.throws(() => chartParts("<div><p>tidak ada</p></div>"), /no <div class="plot">/);
  });
});

describe("chartSvg", () => {
  it("sizes the drawing to the width less its gutters and places it below the legend", () => {
    const { svg, width, height } = chartSvg(chartParts(trend), 640);
    assert.equal(width, 640);
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="640" height="\d+" viewBox="0 0 640 \d+">/);
    // 640 less 2 × 8 padding, 56 left and 104 right gutters = 464 px of plot, placed after the left gutter.
    assert.match(svg, /<svg x="64" y="\d+" class="chart-surface" width="464" height="260"/);
    assert.ok(height > 260 + 20, `${height} px holds the legend above the 260 px drawing`);
    assert.match(svg, /<text [^>]*>Kotabaru<\/text>/);
  });

  it("rasterised, the ranking keeps its colours: Kotabaru's dot in the focus colour, the others grey", async () => {
    const image = await rasteriseSvg(chartSvg(chartParts(ranking)).svg, { widthCm: 8 });
    assert.equal(image.widthPx, 945);
    const { rgba } = decodePng(image.png);
    // Both come from the ranking's own <style> classes (rk-focus, rk-c), not from attributes. At 945 px a
    // 640-px-wide drawing is 1.48× larger: Kotabaru's dot (r 7.2) covers about 360 px, the four others (r 6) about 990.
    const focus = countColour(rgba, [0xb4, 0x49, 0x0b]);
    const grey = countColour(rgba, [0x8c, 0x95, 0x9f]);
    assert.ok(focus > 250, `${focus} px of Kotabaru's dot and label in the focus colour`);
    assert.ok(grey > 600, `${grey} px of the other regions' dots in grey`);
  });
});
