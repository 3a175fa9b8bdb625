import type { Status } from "@/lib/metrics/progress";

/** Shape per status, so the status reads without colour (WCAG 1.4.1) and in grayscale print. */
const SHAPES: Record<Status, React.ReactNode> = {
  achieved: (
    <path d="M4 10.5l4 4 8-9" fill="none" stroke="currentColor" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round" />
  ),
  "on-track": <path d="M10 3l7 12H3z" fill="currentColor" />,
  "needs-acceleration": (
    <>
      <path d="M10 2l8 8-8 8-8-8z" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M10 6v5M10 13.5v.5" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
    </>
  ),
  stalled: (
    <>
      <rect x="4" y="4" width="4" height="12" fill="currentColor" />
      <rect x="12" y="4" width="4" height="12" fill="currentColor" />
    </>
  ),
  "moving-away": <path d="M10 17L3 5h14z" fill="currentColor" />,
  missed: <path d="M5 5l10 10M15 5L5 15" stroke="currentColor" strokeWidth="2.6" strokeLinecap="round" />,
  "no-target": <circle cx="10" cy="10" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" strokeDasharray="3 2.2" />,
  "insufficient-data": (
    <>
      <circle cx="10" cy="10" r="7" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <path
        d="M7.8 8a2.3 2.3 0 1 1 3 2.2c-.6.3-.8.7-.8 1.3M10 14.2v.3"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
      />
    </>
  ),
};

export function StatusIcon({ status, size = 18 }: { status: Status; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      {SHAPES[status]}
    </svg>
  );
}
