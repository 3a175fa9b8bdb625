"use client";
/**
 * Recharts draws nothing on the server, so a chart appears only once its JavaScript runs either way.
 * Loading the charting code as its own chunk, after the page itself, keeps the first load small
 * (the page's text, figures and data tables are already server-rendered) and lets the charts arrive
 * a moment later into space the frame has already reserved, so nothing moves.
 *
 * On pages, a chart below the fold is drawn only when it scrolls near the screen, so the browser's
 * main thread is free while the page loads. The presentation uses the eager versions: its slides must
 * draw while hidden and when printed.
 */
import dynamic from "next/dynamic";
import { useEffect, useRef, useState, type ComponentType } from "react";

const placeholder = () => <div className="chart-loading" aria-hidden="true" />;

export const TrendChart = dynamic(() => import("./trend-chart").then((m) => m.TrendChart), { ssr: false, loading: placeholder });
export const RankingChart = dynamic(() => import("./ranking-chart").then((m) => m.RankingChart), { ssr: false, loading: placeholder });
export const PeersPlot = dynamic(() => import("./peers-plot").then((m) => m.PeersPlot), { ssr: false, loading: placeholder });
export const ScatterPlot = dynamic(() => import("./scatter-plot").then((m) => m.ScatterPlot), { ssr: false, loading: placeholder });

/** Render `Chart` once its box comes within a screen of the viewport. */
function whenVisible<P extends object>(Chart: ComponentType<P>) {
  return function WhenVisible(props: P) {
    const ref = useRef<HTMLDivElement>(null);
    const [near, setNear] = useState(false);
    useEffect(() => {
      const el = ref.current;
      if (!el || near) return;
      if (typeof IntersectionObserver === "undefined") {
        setNear(true);
        return;
      }
      const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { rootMargin: "100% 0px" });
      io.observe(el);
      return () => io.disconnect();
    }, [near]);
    return (
      <div ref={ref} className="chart-slot">
        {near ? <Chart {...props} /> : placeholder()}
      </div>
    );
  };
}

export const RankingChartWhenVisible = whenVisible(RankingChart);
export const PeersPlotWhenVisible = whenVisible(PeersPlot);
export const ScatterPlotWhenVisible = whenVisible(ScatterPlot);
