"use client";
/**
 * Tooltips for a chart drawn on the server. The mark nearest the pointer (nearest along the time or
 * value axis first, then across) is named with what it is: year, series and value, or region and
 * value; on a map ("area"), the region under the pointer. The tooltip follows the pointer. From the keyboard the chart takes focus, the arrow keys step
 * through the marks, and the same text is read out. Marks are any element of the drawing with a
 * data-tip; this leaf draws nothing but the tooltip, so without scripts the chart is unchanged.
 */
import { useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from "react";

interface Tip {
  text: string;
  x: number;
  y: number;
}

interface Mark {
  text: string;
  x: number;
  y: number;
}

/** Mark centres relative to the wrapper, in reading order (left to right, then top to bottom). */
function readMarks(wrap: HTMLElement): Mark[] {
  const box = wrap.getBoundingClientRect();
  return [...wrap.querySelectorAll<SVGGraphicsElement>("[data-tip]")]
    .map((el) => {
      const r = el.getBoundingClientRect();
      return { text: el.getAttribute("data-tip") ?? "", x: r.left + r.width / 2 - box.left, y: r.top + r.height / 2 - box.top };
    })
    .sort((a, b) => a.x - b.x || a.y - b.y);
}

/**
 * The mark under the pointer: nearest along `axis` (x for time series and rankings drawn across,
 * y for rankings drawn down), and among marks equally near along it, nearest across.
 */
export function nearestMark(marks: Mark[], x: number, y: number, axis: "x" | "y"): Mark | null {
  let best: Mark | null = null;
  let bestAlong = Infinity;
  let bestAcross = Infinity;
  for (const m of marks) {
    const along = Math.abs(axis === "x" ? m.x - x : m.y - y);
    const across = Math.abs(axis === "x" ? m.y - y : m.x - x);
    if (along < bestAlong - 2 || (along <= bestAlong + 2 && across < bestAcross)) {
      best = m;
      bestAlong = Math.min(along, bestAlong);
      bestAcross = across;
    }
  }
  return best;
}

export function ChartPointer({ label, axis = "x", children }: { label: string; axis?: "x" | "y" | "area"; children: ReactNode }) {
  const wrap = useRef<HTMLDivElement>(null);
  const marks = useRef<Mark[] | null>(null);
  const index = useRef(-1);
  const [tip, setTip] = useState<Tip | null>(null);
  const current = () => (marks.current ??= wrap.current ? readMarks(wrap.current) : []);

  const follow = (e: PointerEvent<HTMLDivElement>) => {
    const box = wrap.current!.getBoundingClientRect();
    const x = e.clientX - box.left;
    const y = e.clientY - box.top;
    if (axis === "area") {
      const hit = (e.target as Element).closest?.("[data-tip]");
      setTip(hit ? { text: hit.getAttribute("data-tip") ?? "", x, y } : null);
      return;
    }
    const m = nearestMark(current(), x, y, axis);
    setTip(m ? { text: m.text, x, y } : null);
  };
  const step = (e: KeyboardEvent<HTMLDivElement>) => {
    const all = current();
    if (e.key === "Escape") return setTip(null);
    const delta = e.key === "ArrowRight" || e.key === "ArrowDown" ? 1 : e.key === "ArrowLeft" || e.key === "ArrowUp" ? -1 : 0;
    if (!delta || all.length === 0) return;
    e.preventDefault();
    index.current = (index.current + delta + all.length) % all.length;
    const m = all[index.current]!;
    setTip({ text: m.text, x: m.x, y: m.y });
  };
  return (
    <div
      ref={wrap}
      className="chart-pointer"
      tabIndex={0}
      role="group"
      aria-label={label}
      onPointerEnter={() => (marks.current = null)}
      onPointerMove={follow}
      onPointerDown={follow}
      onPointerLeave={() => setTip(null)}
      onFocus={() => (marks.current = null)}
      onKeyDown={step}
      onBlur={() => setTip(null)}
    >
      {children}
      {tip ? (
        <div className="chart-tip" style={{ left: tip.x, top: tip.y }} data-testid="chart-tip">
          {tip.text}
        </div>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {tip?.text ?? ""}
      </p>
    </div>
  );
}
