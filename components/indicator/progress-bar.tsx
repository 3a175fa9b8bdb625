import { shareText } from "@/lib/format/share";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";

/** Share of the baseline→target distance covered. A negative share (moved away) shows an empty bar and says so. */
export function ProgressBar({ share, lang }: { share: number; lang: Lang }) {
  const t = dict(lang);
  const text = shareText(share, lang);
  const covered = Math.max(0, Math.min(1, share));
  return (
    <div className="progress">
      <div
        className="progress-track"
        role="progressbar"
        aria-label={t.overview.progressToTarget}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(covered * 100)}
        aria-valuetext={text.spoken}
      >
        <div className="progress-fill" style={{ width: `${covered * 100}%` }} />
      </div>
      <div className="progress-label">
        <span>{text.label}</span>
        <strong>{text.value}</strong>
      </div>
    </div>
  );
}
