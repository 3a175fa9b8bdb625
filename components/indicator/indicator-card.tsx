import Link from "next/link";
import type { IndicatorAssessment } from "@/lib/metrics/assess";
import { seriesPoints, seriesWithData, sourceOf } from "@/lib/metrics/observations";
import type { Dataset } from "@/lib/data/validate";
import { briefFlag } from "@/lib/format/flags";
import { formatNumber, formatSigned, paceDecimals } from "@/lib/format/number";
import { sourceShortName } from "@/lib/format/source";
import { dict } from "@/lib/i18n/dictionary";
import { localePath, type Lang } from "@/lib/i18n/lang";
import { ProgressBar } from "./progress-bar";
import { Sparkline } from "./sparkline";
import { StatusBadge } from "./status-badge";

/** One indicator on the overview: latest value, change, target, progress, status, trend, caveats. Server-rendered. */
export function IndicatorCard({ d, a, lang, planYear }: { d: Dataset; a: IndicatorAssessment; lang: Lang; planYear: number }) {
  const t = dict(lang);
  const o = t.overview;
  const { indicator, progress: p } = a;
  const dec = indicator.decimals;
  const n = (v: number, k = dec) => formatNumber(v, lang, k);
  const latestPoint = a.points.at(-1);
  const seriesLabel = a.series ? d.series.find((s) => s.indicator === indicator.code && s.code === a.series)?.label[lang] : null;
  const headingId = `kartu-${indicator.code.toLowerCase()}`;
  const notes = a.flags.map((f) => briefFlag(d, f, indicator, lang)).filter((x): x is string => x !== null);
  const context = seriesWithData(d, a.region.code, indicator.code)
    .filter((s) => s !== a.series)
    .map((s) => seriesPoints(d, a.region.code, indicator.code, s).map(({ year, value }) => ({ year, value })));
  return (
    <li className="card" aria-labelledby={headingId} data-indicator={indicator.code}>
      <div className="card-head">
        <h3 className="card-code" id={headingId}>
          {indicator.code}
        </h3>
        <StatusBadge status={p.status} lang={lang} />
      </div>
      <p className="card-name">{indicator.name[lang]}</p>
      {p.latest ? (
        <>
          <p className="card-value" data-testid="latest-value">
            {n(p.latest.value)} <small>{p.latest.year}</small>
          </p>
          <p className="card-meta">
            {p.changeSincePrevious !== null && p.previous
              ? `${formatSigned(p.changeSincePrevious, lang, dec)} ${o.changeSince(p.previous.year)}`
              : o.noChange}
            {seriesLabel && a.seriesBasis !== "only-series" ? ` · ${o.series}: ${seriesLabel}` : null}
          </p>
          <Sparkline
            points={a.points}
            context={context}
            target={a.goal ? { year: a.goal.targetYear, value: a.goal.targetValue } : null}
            label={o.sparkLabel(indicator.code, a.points[0]!.year, a.points.at(-1)!.year, context.length)}
          />
        </>
      ) : (
        <p className="card-value missing">{o.noData}</p>
      )}
      <dl className="kv">
        {a.target ? (
          <>
            <dt>{o.baseline}</dt>
            <dd>
              {n(a.target.baselineValue)} ({a.target.baselineYear})
            </dd>
            <dt>
              {o.target} {a.target.targetYear}
            </dt>
            <dd data-testid="target-value">
              <strong>{n(a.target.targetValue)}</strong>
            </dd>
          </>
        ) : (
          <>
            <dt>
              {o.target} {planYear}
            </dt>
            <dd data-testid="target-value">{o.targetNotSet}</dd>
          </>
        )}
        {p.required !== null ? (
          <>
            <dt>{o.requiredPace}</dt>
            <dd>
              {formatSigned(p.required, lang, paceDecimals(dec))}
              {o.perYear}
            </dd>
          </>
        ) : null}
        {p.pace ? (
          <>
            <dt>
              {o.achievedPace} ({p.pace.from.year}–{p.pace.to.year})
            </dt>
            <dd>
              {formatSigned(p.pace.perYear, lang, paceDecimals(dec))}
              {o.perYear}
            </dd>
          </>
        ) : null}
        {p.projected ? (
          <>
            <dt>{o.projected(p.projected.year)}</dt>
            <dd>{n(p.projected.value)}</dd>
          </>
        ) : null}
        {!a.goal && a.trendWithoutTarget ? (
          <>
            <dt>{o.trendNoTarget}</dt>
            <dd>{t.trend[a.trendWithoutTarget]}</dd>
          </>
        ) : null}
      </dl>
      {p.share !== null ? <ProgressBar share={p.share} lang={lang} /> : null}
      {notes.length > 0 ? (
        <ul className="flags" aria-label={o.dataNotes}>
          {notes.map((text, i) => (
            <li key={i}>{text}</li>
          ))}
        </ul>
      ) : null}
      <p className="note">
        {o.source}: {latestPoint ? sourceShortName(sourceOf(d, latestPoint.source), lang) : "–"}
        {a.target ? ` · ${o.target}: ${sourceShortName(sourceOf(d, a.target.source), lang)}` : null}
      </p>
      <p className="note">
        <Link href={localePath(lang, `/indikator/${indicator.code.toLowerCase()}`)}>
          {o.details} {indicator.code} <span aria-hidden="true">→</span>
        </Link>
      </p>
    </li>
  );
}
