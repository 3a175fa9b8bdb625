"use client";
/**
 * Recharts draws nothing on the server, so a chart appears only once its JavaScript runs either way.
 * Loading the charting code as its own chunk, after the page itself, keeps the first load small
 * (the page's text, figures and data tables are already server-rendered) and lets the charts arrive
 * a moment later into space the frame has already reserved, so nothing moves.
 */
import dynamic from "next/dynamic";

const placeholder = () => <div className="chart-loading" aria-hidden="true" />;

export const TrendChart = dynamic(() => import("./trend-chart").then((m) => m.TrendChart), { ssr: false, loading: placeholder });
export const RankingChart = dynamic(() => import("./ranking-chart").then((m) => m.RankingChart), { ssr: false, loading: placeholder });
export const PeersPlot = dynamic(() => import("./peers-plot").then((m) => m.PeersPlot), { ssr: false, loading: placeholder });
export const ScatterPlot = dynamic(() => import("./scatter-plot").then((m) => m.ScatterPlot), { ssr: false, loading: placeholder });
