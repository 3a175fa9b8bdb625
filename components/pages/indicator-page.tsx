import { notFound } from "next/navigation";
import { ChartFrame } from "@/components/charts/chart-frame";
import { TrendChart } from "@/components/charts/lazy";
import { RankingChart } from "@/components/charts/ranking-chart";
import { PeersChart } from "@/components/charts/peers-chart";
import { RANKING_ROW_HEIGHT } from "@/components/charts/series-config";
import { DataErrorPanel } from "@/components/data-error-panel";
import { ComponentsTable } from "@/components/indicator/components-table";
import { ScenarioBox } from "@/components/indicator/scenario-box";
import { StatusBadge } from "@/components/indicator/status-badge";
import { SourceList } from "@/components/source-list";
import { describeFlag } from "@/lib/format/flags";
import { indicatorNarrative } from "@/lib/format/narrative";
import { shareText } from "@/lib/format/share";
import { formatNumber, formatPercent, formatSigned, paceDecimals } from "@/lib/format/number";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { assessIndicator, progressDirection } from "@/lib/metrics/assess";
import { latestRankedYear, rankHistory, rankRegions } from "@/lib/metrics/rank";
import { headlineIndicators, loadSite } from "@/lib/site";
import { peersView, rankingView, seriesLabel, sourceNames, trendView } from "@/lib/view/indicator";

/** Route parameters for the static build: one page per headline indicator, in lower case. */
export async function indicatorParams(): Promise<{ kode: string }[]> {
  const site = await loadSite();
  return site.ok ? headlineIndicators(site.dataset).map((i) => ({ kode: i.code.toLowerCase() })) : [];
}

/** /indikator/[kode]: the full story of one indicator for the focus region. */
export async function IndicatorPage({ lang, kode }: { lang: Lang; kode: string }) {
  const site = await loadSite();
  if (!site.ok) return <DataErrorPanel issues={site.issues} lang={lang} />;
  const { dataset: d, focus, planYear } = site;
  const indicator = headlineIndicators(d).find((i) => i.code.toLowerCase() === kode.toLowerCase());
  if (!indicator) notFound();
  const t = dict(lang);
  const ip = t.indicatorPage;
  const a = assessIndicator(d, focus.code, indicator.code);
  const p = a.progress;
  const dec = indicator.decimals;
  const n = (v: number) => formatNumber(v, lang, dec);
  const trend = trendView(d, a, lang, planYear);
  const rankYear = latestRankedYear(d, indicator.code);
  const ranking = rankYear === null ? null : rankRegions(d, indicator.code, rankYear, focus.code);
  const rv = ranking ? rankingView(d, ranking, indicator, focus, lang) : null;
  const history = rankHistory(d, indicator.code, focus.code);
  const peers = peersView(d, indicator, focus, lang);
  const better = indicator.direction === "lower" ? ip.lowerIsBetter : ip.higherIsBetter;
  const narrative = indicatorNarrative(d, a, lang, planYear);
  const pageSources = [...new Set([...trend.rows, ...(rv?.rows ?? []), ...peers.rows].map((r) => r.source_id))];
  const peersHeight = 440;

  return (
    <>
      <h1>
        {indicator.code}: {indicator.name[lang]}
      </h1>
      <p className="page-lead">
        {indicator.definition[lang]} <span className="note">({better})</span>
      </p>

      <section className="panel progress-panel" aria-labelledby="kemajuan">
        <h2 id="kemajuan">
          {ip.progressHeading} · {focus.name}
        </h2>
        <p>
          <StatusBadge status={p.status} lang={lang} />
        </p>
        <div className="sentences" data-testid="narrative">
          {narrative.map((s, i) => (
            <p key={i}>{s}</p>
          ))}
        </div>
        <dl className="kv kv-wide">
          {p.latest ? (
            <>
              <dt>{t.overview.latest}</dt>
              <dd>
                {n(p.latest.value)} ({p.latest.year})
              </dd>
            </>
          ) : null}
          {a.target ? (
            <>
              <dt>{t.overview.baseline}</dt>
              <dd>
                {n(a.target.baselineValue)} ({a.target.baselineYear})
              </dd>
              <dt>
                {t.overview.target} {a.target.targetYear}
              </dt>
              <dd data-testid="target-value">{n(a.target.targetValue)}</dd>
            </>
          ) : (
            <>
              <dt>
                {t.overview.target} {planYear}
              </dt>
              <dd data-testid="target-value">{t.overview.targetNotSet}</dd>
            </>
          )}
          {p.share !== null ? (
            <>
              <dt>{shareText(p.share, lang).label}</dt>
              <dd>{shareText(p.share, lang).value}</dd>
            </>
          ) : null}
          {p.required !== null ? (
            <>
              <dt>{t.overview.requiredPace}</dt>
              <dd>
                {formatSigned(p.required, lang, paceDecimals(dec))}
                {t.overview.perYear}
              </dd>
            </>
          ) : null}
          {p.pace ? (
            <>
              <dt>
                {t.overview.achievedPace} ({p.pace.from.year}–{p.pace.to.year})
              </dt>
              <dd>
                {formatSigned(p.pace.perYear, lang, paceDecimals(dec))}
                {t.overview.perYear}
                {p.pace.cagr !== null ? ` (${formatPercent(p.pace.cagr, lang, 2)}${t.overview.perYear})` : ""}
              </dd>
            </>
          ) : null}
          {p.projected ? (
            <>
              <dt>{t.overview.projected(p.projected.year)}</dt>
              <dd>{n(p.projected.value)}</dd>
            </>
          ) : null}
        </dl>
        {a.flags.length ? (
          <>
            <h3>{ip.flagsHeading}</h3>
            <ul className="flags">
              {a.flags.map((f, i) => (
                <li key={i}>{describeFlag(d, f, indicator, lang)}</li>
              ))}
            </ul>
          </>
        ) : null}
        <p className="note">{t.overview.method}</p>
      </section>

      <h2>{ip.trendHeading}</h2>
      <ChartFrame
        id="grafik-tren"
        lang={lang}
        title={trend.title}
        subtitle={`${indicator.name[lang]} · ${indicator.unit[lang]} · ${better}`}
        summary={`${ip.trendSummaryPrefix} ${narrative.join(" ")}`}
        sources={sourceNames(trend.rows)}
        lastYear={trend.lastYear}
        rows={trend.rows}
        decimals={dec}
        height={400}
        extraColumns={[{ key: "role", label: t.chart.role }]}
      >
        <TrendChart
          {...trend.props}
          scenario={
            !a.target && p.latest
              ? {
                  from: { year: p.latest.year, value: p.latest.value },
                  year: planYear,
                  range: [indicator.min, indicator.max],
                  label: ip.trendLegendScenario(planYear),
                  pathLabel: ip.trendLegendScenarioPath,
                }
              : undefined
          }
        />
      </ChartFrame>

      {!a.target && p.latest ? (
        <ScenarioBox
          lang={lang}
          indicator={indicator.code}
          decimals={dec}
          direction={progressDirection(indicator)}
          points={a.points.map(({ year, value }) => ({ year, value }))}
          targetYear={planYear}
          range={[indicator.min, indicator.max]}
        />
      ) : null}

      <h2>{ip.comparisonHeading}</h2>
      {ranking && rv ? (
        <>
          <ChartFrame
            id="grafik-peringkat"
            lang={lang}
            title={rv.title}
            subtitle={`${indicator.name[lang]} ${ranking.year} · ${t.chart.series}: ${seriesLabel(d, indicator.code, ranking.series, lang)}`}
            summary={rv.summary}
            sources={sourceNames(rv.rows)}
            lastYear={ranking.year}
            rows={rv.rows}
            decimals={dec}
            height={rv.bars.length * RANKING_ROW_HEIGHT + 90}
            maxHeight={640}
            extraColumns={[{ key: "role", label: t.chart.role }]}
          >
            <RankingChart
              lang={lang}
              decimals={dec}
              bars={rv.bars}
              references={rv.references}
              focusLabel={focus.shortName}
              othersLabel={ip.rankOthers}
            />
          </ChartFrame>
          {rv.missing.length ? <p className="note">{ip.missingRegions(rv.missing.join(", "))}</p> : null}
          {history.length ? (
            <div className="panel table-wrap">
              <table>
                <caption>{ip.rankHistoryCaption(focus.shortName, indicator.code)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.common.year}</th>
                    <th scope="col" className="num">
                      {ip.rank}
                    </th>
                    <th scope="col">{t.chart.series}</th>
                  </tr>
                </thead>
                <tbody>
                  {history.map((h) => (
                    <tr key={h.year}>
                      <th scope="row">{h.year}</th>
                      <td className="num">
                        {h.rank} {ip.of} {h.of}
                      </td>
                      <td>{seriesLabel(d, indicator.code, h.series, lang)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </>
      ) : (
        <p className="empty-state">{ip.notAvailable}</p>
      )}

      <h2>{ip.peersHeading}</h2>
      <ChartFrame
        id="grafik-antarwilayah"
        lang={lang}
        title={ip.peersTitle(indicator.code, focus.shortName)}
        subtitle={`${indicator.name[lang]} · ${indicator.unit[lang]} · ${better}`}
        summary={ip.peersSummary(indicator.code)}
        sources={sourceNames(peers.rows)}
        lastYear={peers.rows.length ? Math.max(...peers.rows.map((r) => r.year)) : null}
        rows={peers.rows}
        decimals={dec}
        height={peersHeight}
        canvasClass="peers-canvas"
        downloads="client"
      >
        <PeersChart
          lang={lang}
          decimals={dec}
          regions={peers.regions}
          series={peers.series}
          defaultRegions={peers.defaults}
          exportInfo={{
            figureId: "grafik-antarwilayah",
            title: ip.peersTitle(indicator.code, focus.shortName),
            indicator: indicator.code,
            regionNames: peers.regionNames,
            sources: peers.sources,
          }}
        />
      </ChartFrame>

      <ComponentsTable d={d} indicator={indicator} focus={focus} lang={lang} />

      <section className="panel" aria-labelledby="sumber">
        <h2 id="sumber">{ip.sourcesHeading}</h2>
        <p>{ip.sourcesLead}</p>
        <SourceList d={d} ids={pageSources} lang={lang} />
      </section>
    </>
  );
}
