/**
 * Share of the baseline→target distance covered. Only drawn for movement toward the target after the
 * baseline (lib/view/position decides); anything else is said in words, never shown as a bar.
 */
export function ProgressBar({ share, label, spoken }: { share: number; label: string; spoken: string }) {
  return (
    <div className="progress">
      <div
        className="progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(share * 100)}
        aria-valuetext={spoken}
      >
        <div className="progress-fill" style={{ width: `${share * 100}%` }} />
      </div>
      <div className="progress-label">
        <span>{label}</span>
        <strong>{Math.round(share * 100)}%</strong>
      </div>
    </div>
  );
}
