import { SiteLink } from "@/components/site/site-link";
import { formatNumber, formatSigned, paceDecimals } from "@/lib/format/number";
import { dict } from "@/lib/i18n/dictionary";
import { localePath, type Lang } from "@/lib/i18n/lang";
import type { IndicatorCardModel } from "@/lib/view/overview";
import { ProgressBar } from "./progress-bar";
import { Sparkline } from "./sparkline";
import { StatusBadge } from "./status-badge";

/** One indicator on the overview: latest value, change, target, progress, status, trend, caveats. Server-rendered. */
export function IndicatorCard({ card: c, lang }: { card: IndicatorCardModel; lang: Lang }) {
  const t = dict(lang);
  const o = t.overview;
  const n = (v: number) => formatNumber(v, lang, c.decimals);
  const pace = (v: number) => `${formatSigned(v, lang, paceDecimals(c.decimals))}${o.perYear}`;
  const headingId = `kartu-${c.code.toLowerCase()}`;
  return (
    <li className="card" aria-labelledby={headingId} data-indicator={c.code}>
      <div className="card-head">
        <h3 className="card-code" id={headingId}>
          {c.code}
        </h3>
        <StatusBadge status={c.status} lang={lang} />
      </div>
      <p className="card-name">{c.name}</p>
      {c.latest ? (
        <>
          <p className="card-value" data-testid="latest-value">
            {n(c.latest.value)} <small>{c.latest.year}</small>
          </p>
          <p className="card-meta">
            {c.change ? `${formatSigned(c.change.value, lang, c.decimals)} ${o.changeSince(c.change.since)}` : o.noChange}
            {c.series ? ` · ${o.series}: ${c.series}` : null}
          </p>
          {c.spark ? (
            <Sparkline
              points={c.spark.points}
              context={c.spark.context}
              target={c.spark.target}
              label={o.sparkLabel(c.code, c.spark.points[0]!.year, c.spark.points.at(-1)!.year, c.spark.context.length)}
            />
          ) : null}
        </>
      ) : (
        <p className="card-value missing">{o.noData}</p>
      )}
      <dl className="kv">
        {c.target ? (
          <>
            <dt>{o.baseline}</dt>
            <dd>
              {n(c.target.baseline.value)} ({c.target.baseline.year})
            </dd>
            <dt>
              {o.target} {c.target.target.year}
            </dt>
            <dd data-testid="target-value">
              <strong>{n(c.target.target.value)}</strong>
            </dd>
          </>
        ) : (
          <>
            <dt>
              {o.target} {c.planYear}
            </dt>
            <dd data-testid="target-value">{o.targetNotSet}</dd>
          </>
        )}
        {c.required !== null ? (
          <>
            <dt>{o.requiredPace}</dt>
            <dd>{pace(c.required)}</dd>
          </>
        ) : null}
        {c.pace ? (
          <>
            <dt>
              {o.achievedPace} ({c.pace.from}–{c.pace.to})
            </dt>
            <dd>{pace(c.pace.perYear)}</dd>
          </>
        ) : null}
        {c.projected ? (
          <>
            <dt>{o.projected(c.projected.year)}</dt>
            <dd>{n(c.projected.value)}</dd>
          </>
        ) : null}
        {c.trendWithoutTarget ? (
          <>
            <dt>{o.trendNoTarget}</dt>
            <dd>{t.trend[c.trendWithoutTarget]}</dd>
          </>
        ) : null}
      </dl>
      {c.share !== null ? <ProgressBar share={c.share} lang={lang} /> : null}
      {c.notes.length > 0 ? (
        <ul className="flags" aria-label={o.dataNotes}>
          {c.notes.map((text, i) => (
            <li key={i}>{text}</li>
          ))}
        </ul>
      ) : null}
      <p className="note">
        {o.source}: {c.source ?? "–"}
        {c.targetSource ? ` · ${o.target}: ${c.targetSource}` : null}
      </p>
      <p className="note">
        <SiteLink href={localePath(lang, `/indikator/${c.code.toLowerCase()}`)}>
          {o.details} {c.code} <span aria-hidden="true">→</span>
        </SiteLink>
      </p>
    </li>
  );
}
