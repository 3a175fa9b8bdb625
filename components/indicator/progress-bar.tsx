import { formatPercent } from "@/lib/format/number";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";

/** Share of the baseline→target distance covered. Negative shares (moved away) show an empty bar and the number. */
export function ProgressBar({ share, lang }: { share: number; lang: Lang }) {
  const t = dict(lang);
  const pct = formatPercent(share, lang, 0);
  const width = Math.max(0, Math.min(1, share)) * 100;
  return (
    <div className="progress">
      <div
        className="progress-track"
        role="progressbar"
        aria-label={t.overview.progressToTarget}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(Math.max(0, Math.min(1, share)) * 100)}
        aria-valuetext={t.overview.progressBarLabel(pct)}
      >
        <div className="progress-fill" style={{ width: `${width}%` }} />
      </div>
      <div className="progress-label">
        <span>{t.overview.progressToTarget}</span>
        <strong>{pct}</strong>
      </div>
    </div>
  );
}
