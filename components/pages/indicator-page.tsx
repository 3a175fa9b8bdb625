import { notFound } from "next/navigation";
import { Fragment } from "react";
import { ChartFrame } from "@/components/charts/chart-frame";
import { TrendChart } from "@/components/charts/trend-chart";
import { TrendWithScenario } from "@/components/charts/trend-scenario";
import { PeersChart } from "@/components/charts/peers-chart";
import { RankingFigure } from "@/components/charts/ranking-figure";
import { DataErrorPanel } from "@/components/data-error-panel";
import { ComponentsTable } from "@/components/indicator/components-table";
import { ScenarioBox } from "@/components/indicator/scenario-box";
import { StatusBadge } from "@/components/indicator/status-badge";
import { SourceList } from "@/components/source-list";
import { DataTable } from "@/components/table/data-table";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { findHeadlineIndicator, indicatorPageModel, type IndicatorPageModel } from "@/lib/view/indicator-page";
import type { Site } from "@/lib/view/site";

/** Height of the trend drawing on an indicator page. */
const TREND_HEIGHT = 380;

/** /indikator/[kode]: the full story of one indicator for the focus region. */
export function IndicatorPage({ site, lang, kode }: { site: Site; lang: Lang; kode: string }) {
  if (!site.ok) return <DataErrorPanel issues={site.issues} lang={lang} />;
  const indicator = findHeadlineIndicator(site, kode);
  if (!indicator) notFound();
  const m = indicatorPageModel(site, indicator, lang);
  const t = dict(lang);
  const ip = t.indicatorPage;
  return (
    <>
      <h1>
        {m.code}: {m.name}
      </h1>
      <p className="page-lead">
        {m.definition} <span className="note">({m.better})</span>
      </p>
      <ProgressPanel m={m} lang={lang} />

      <h2>{ip.trendHeading}</h2>
      <ChartFrame
        id="grafik-tren"
        lang={lang}
        title={m.trend.title}
        subtitle={m.subtitle}
        summary={m.trend.summary}
        sources={[...new Set(m.trend.rows.map((r) => r.source))]}
        lastYear={m.trend.lastYear}
        rows={m.trend.rows}
        decimals={m.decimals}
        withRole
      >
        {m.trend.props.scenario ? (
          <TrendWithScenario chart={m.trend.props} height={TREND_HEIGHT} />
        ) : (
          <TrendChart chart={m.trend.props} height={TREND_HEIGHT} />
        )}
      </ChartFrame>
      {m.scenario ? (
        <ScenarioBox
          lang={lang}
          indicator={m.code}
          decimals={m.decimals}
          {...m.scenario}
          text={t.client.scenario}
          status={t.client.status}
        />
      ) : null}

      <h2>{ip.comparisonHeading}</h2>
      <RankingSection m={m} lang={lang} />

      <h2>{ip.peersHeading}</h2>
      <PeersChart
        id="grafik-antarwilayah"
        lang={lang}
        decimals={m.decimals}
        regions={m.peers.regions}
        series={m.peers.series}
        defaultRegions={m.peers.defaults}
        subtitle={m.subtitle}
        exportInfo={{ indicator: m.code, regionNames: m.peers.regionNames, sources: m.peers.sourceInfo }}
        text={{
          figure: t.client.figure,
          peers: t.client.peers,
          downloads: { ...t.client.downloads, columns: t.client.csvColumns },
        }}
      />

      {m.components ? <ComponentsTable code={m.code} region={m.regionShort} model={m.components} lang={lang} /> : null}

      <section className="panel" aria-labelledby="sumber">
        <h2 id="sumber">{ip.sourcesHeading}</h2>
        <p>{ip.sourcesLead}</p>
        <SourceList sources={m.sources} />
      </section>
    </>
  );
}

function ProgressPanel({ m, lang }: { m: IndicatorPageModel; lang: Lang }) {
  const t = dict(lang);
  return (
    <section className="panel progress-panel" aria-labelledby="kemajuan">
      <h2 id="kemajuan">
        {t.indicatorPage.progressHeading} · {m.region}
      </h2>
      <p>
        <StatusBadge status={m.status} lang={lang} />
      </p>
      <div className="sentences" data-testid="narrative">
        {m.narrative.map((s, i) => (
          <p key={i}>{s}</p>
        ))}
      </div>
      <dl className="kv kv-wide">
        {m.facts.map((f) => (
          <Fragment key={f.label}>
            <dt>{f.label}</dt>
            <dd data-testid={f.testId}>{f.value}</dd>
          </Fragment>
        ))}
      </dl>
      {m.flags.length ? (
        <>
          <h3>{t.indicatorPage.flagsHeading}</h3>
          <ul className="flags">
            {m.flags.map((f, i) => (
              <li key={i}>{f}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="note">{t.overview.method}</p>
    </section>
  );
}

function RankingSection({ m, lang }: { m: IndicatorPageModel; lang: Lang }) {
  const t = dict(lang);
  const ip = t.indicatorPage;
  if (!m.ranking) return <p className="empty-state">{ip.notAvailable}</p>;
  const r = m.ranking;
  return (
    <>
      <RankingFigure ranking={r} year={r.year} decimals={m.decimals} focusName={m.regionShort} lang={lang} />
      {r.missing.length ? <p className="note">{ip.missingRegions(r.missing.join(", "))}</p> : null}
      {m.rankHistory.length ? (
        <div className="panel">
          <DataTable
            caption={ip.rankHistoryCaption(m.regionShort, m.code)}
            lang={lang}
            rows={m.rankHistory}
            rowKey={(h) => String(h.year)}
            columns={[
              { key: "year", label: t.common.year, rowHeader: true, cell: (h) => h.year },
              { key: "rank", label: ip.rank, numeric: true, cell: (h) => ip.rankOf(h.rank, h.of) },
              { key: "series", label: t.client.figure.series, cell: (h) => h.series },
            ]}
          />
        </div>
      ) : null}
    </>
  );
}
