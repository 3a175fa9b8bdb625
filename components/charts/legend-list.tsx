import { OTHER_COLOR, PROJECTION_DASH } from "@/lib/chart/style";
import { Diamond } from "./marks";

/** A legend as an HTML list: readable by screen readers, printable, with the line pattern drawn. */
export interface LegendItem {
  label: string;
  color: string;
  dash: string;
  kind: "line" | "dots" | "bar" | "dot" | "diamond" | "hollow-diamond" | "hollow" | "hatch";
}

export function LegendList({ items }: { items: LegendItem[] }) {
  if (items.length === 0) return null;
  return (
    <ul className="legend">
      {items.map((item) => (
        <li key={item.label}>
          <svg width="28" height="12" viewBox="0 0 28 12" aria-hidden="true" focusable="false">
            {item.kind === "line" ? (
              <line x1="1" y1="6" x2="27" y2="6" stroke={item.color} strokeWidth="3" strokeDasharray={item.dash || undefined} />
            ) : null}
            {item.kind === "dots" ? (
              <line
                x1="3"
                y1="6"
                x2="27"
                y2="6"
                stroke={item.color}
                strokeWidth="3.5"
                strokeDasharray={PROJECTION_DASH}
                strokeLinecap="round"
              />
            ) : null}
            {item.kind === "bar" ? (
              <rect x="2" y="1" width="24" height="10" fill={item.color} stroke={OTHER_COLOR} strokeWidth="0.5" />
            ) : null}
            {item.kind === "hatch" ? (
              <g stroke={item.color} strokeWidth="1.2">
                <rect x="2" y="1" width="24" height="10" fill="#fff" />
                <path d="M2 9l8-8M8 11l10-10M16 11l10-10M24 11l2-2" />
              </g>
            ) : null}
            {item.kind === "dot" ? <circle cx="14" cy="6" r="5" fill={item.color} /> : null}
            {item.kind === "diamond" ? <Diamond cx={14} cy={6} size={6} fill={item.color} strokeWidth={0} /> : null}
            {item.kind === "hollow-diamond" ? <Diamond cx={14} cy={6} size={5} fill="#fff" stroke={item.color} /> : null}
            {item.kind === "hollow" ? <circle cx="14" cy="6" r="4.5" fill="#fff" stroke={item.color} strokeWidth="2" /> : null}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
