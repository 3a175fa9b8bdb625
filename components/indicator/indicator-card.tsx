import { SiteLink } from "@/components/site/site-link";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import type { IndicatorCardModel } from "@/lib/view/overview";
import { PositionDetails } from "./position-details";
import { Sparkline } from "./sparkline";
import { StatusBadge } from "./status-badge";

/** One index on the overview: the official value, the year against the trend, the line, and its position toward the target. */
export function IndicatorCard({ card: c, lang }: { card: IndicatorCardModel; lang: Lang }) {
  const o = dict(lang).overview;
  const headingId = `kartu-${c.code.toLowerCase()}`;
  return (
    <li className="card" aria-labelledby={headingId} data-indicator={c.code}>
      <div className="card-head">
        <h3 className="card-code" id={headingId}>
          {c.code}
        </h3>
        <StatusBadge status={c.status} lang={lang} />
        {c.trendWord ? <span className="note">{c.trendWord}</span> : null}
      </div>
      <p className="card-name">{c.name}</p>
      {c.official ? (
        <>
          <p className="card-value" data-testid="latest-value">
            {c.official.value} <small>{c.official.year}</small>
          </p>
          {c.official.series ? <p className="note">{c.official.series}</p> : null}
          <p className="card-meta" data-testid="change">
            {c.change}
          </p>
          {c.spark ? (
            <Sparkline points={c.spark.points} context={c.spark.context} target={c.spark.target} label={c.spark.label} />
          ) : null}
        </>
      ) : (
        <p className="card-value missing">{o.noData}</p>
      )}
      <PositionDetails p={c} lang={lang} />
      <p className="note">
        {o.source}: {c.official?.source ?? "–"}
      </p>
      <p className="note">
        <SiteLink href={c.href}>
          {o.details(c.code)} <span aria-hidden="true">→</span>
        </SiteLink>
      </p>
    </li>
  );
}
