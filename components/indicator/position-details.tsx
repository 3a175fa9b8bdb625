import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import type { PositionView } from "@/lib/view/position";
import { ProgressBar } from "./progress-bar";

/**
 * One index's position in figures, the same on an overview card and an indicator page: the target
 * (and, in brief, the basis it was set on), the baseline as published, the bar only for movement
 * toward the target after the baseline, then pace, projection with its gap, and rank.
 */
export function PositionDetails({ p, lang }: { p: PositionView; lang: Lang }) {
  const t = dict(lang);
  const o = t.overview;
  const sc = t.scorecard;
  return (
    <div className="position">
      <p className="position-target">
        {sc.target(p.targetYear)}:{" "}
        <span data-testid="target-value">{p.target ? <strong>{p.target}</strong> : sc.targetNotSet}</span>
      </p>
      {p.targetBasis ? <p className="note">{p.targetBasis}</p> : null}
      {p.baseline ? <p className="note">{p.baseline}</p> : null}
      {p.bar ? <ProgressBar share={p.bar.share} label={p.bar.label} spoken={p.bar.spoken} /> : null}
      {p.progressNote ? (
        <p className="progress-note" data-testid="progress-note">
          {p.progressNote}
        </p>
      ) : null}
      <dl className="kv">
        {p.pace ? (
          <>
            <dt>{o.achievedPace}</dt>
            <dd>{p.pace}</dd>
          </>
        ) : null}
        {p.required ? (
          <>
            <dt>{o.requiredPace}</dt>
            <dd>{p.required}</dd>
          </>
        ) : null}
        {p.projection ? (
          <>
            <dt>{o.projected(p.projection.year)}</dt>
            <dd>
              {p.projection.value}
              {p.gap ? <small className="cell-note">{p.gap}</small> : null}
            </dd>
          </>
        ) : null}
        {p.rank ? (
          <>
            <dt>{sc.rank}</dt>
            <dd>
              {p.rank.text} ({p.rank.year}){p.rank.lowest ? ` · ${sc.lowestWord}` : p.rank.highest ? ` · ${sc.highestWord}` : ""}
            </dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}
