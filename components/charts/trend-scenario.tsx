"use client";
/**
 * The trend chart where no official target exists: the same drawing as on the server, plus the
 * planner's scenario target from the page's address (?skenario, typed in the scenario box), labelled
 * as a scenario. Without a scenario in the address it is exactly the server's drawing.
 */
import type { TrendChartProps } from "@/lib/chart/types";
import { readScenario } from "@/lib/view/scenario";
import { TrendChart } from "./trend-chart";
import { useUrlParam } from "./use-url-param";

export function TrendWithScenario({ chart, height }: { chart: TrendChartProps; height: number }) {
  const [raw] = useUrlParam("skenario");
  const s = chart.scenario;
  const input = s ? readScenario(raw, s.range) : null;
  const scenario =
    s && input?.kind === "ok"
      ? { from: s.from, to: { year: s.year, value: input.value }, label: s.label, pathLabel: s.pathLabel }
      : null;
  return <TrendChart chart={chart} height={height} scenario={scenario} />;
}
