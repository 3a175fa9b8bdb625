"use client";
/**
 * Recharts draws nothing on the server, so a chart appears only once its JavaScript runs either way.
 * Loading the charting code as its own chunk, after the page itself, keeps the first load small
 * (the page's text, figures and data tables are already server-rendered) and lets the charts arrive
 * a moment later into space the frame has already reserved, so nothing moves.
 *
 * On pages, a chart below the fold is drawn when it scrolls near the screen, or a few seconds after
 * the page has loaded (so that printing later shows every chart), leaving the browser's main thread
 * free while the page loads. The presentation uses the eager versions: its slides must draw while
 * hidden and when printed.
 */
import dynamic from "next/dynamic";
import { useEffect, useRef, useState, type ComponentType } from "react";
import { flushSync } from "react-dom";

const placeholder = () => <div className="chart-loading" aria-hidden="true" />;

export const TrendChart = dynamic(() => import("./trend-chart").then((m) => m.TrendChart), { ssr: false, loading: placeholder });
export const PeersPlot = dynamic(() => import("./peers-plot").then((m) => m.PeersPlot), { ssr: false, loading: placeholder });
export const ScatterPlot = dynamic(() => import("./scatter-plot").then((m) => m.ScatterPlot), {
  ssr: false,
  loading: placeholder,
});

/** Charts not yet scrolled to are drawn anyway after this long, so a printout has them all. */
const DRAW_ANYWAY_MS = 4000;

/** Render `Chart` once its box comes within a screen of the viewport (or after DRAW_ANYWAY_MS). */
function whenVisible<P extends object>(Chart: ComponentType<P>) {
  return function WhenVisible(props: P) {
    const ref = useRef<HTMLDivElement>(null);
    const [near, setNear] = useState(false);
    useEffect(() => {
      const el = ref.current;
      if (!el || near) return;
      // Printing shows the whole page at once: draw every chart before the page is laid out for paper.
      const print = () => flushSync(() => setNear(true));
      window.addEventListener("beforeprint", print);
      if (typeof IntersectionObserver === "undefined") {
        setNear(true);
        return () => window.removeEventListener("beforeprint", print);
      }
      const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), {
        rootMargin: "100% 0px",
      });
      io.observe(el);
      const later = window.setTimeout(() => setNear(true), DRAW_ANYWAY_MS);
      return () => {
        io.disconnect();
        window.clearTimeout(later);
        window.removeEventListener("beforeprint", print);
      };
    }, [near]);
    return (
      <div ref={ref} className="chart-slot">
        {near ? <Chart {...props} /> : placeholder()}
      </div>
    );
  };
}

export const PeersPlotWhenVisible = whenVisible(PeersPlot);
export const ScatterPlotWhenVisible = whenVisible(ScatterPlot);
