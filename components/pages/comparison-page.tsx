import Link from "next/link";
import { notFound } from "next/navigation";
import { ChartFrame } from "@/components/charts/chart-frame";
import { CoverageGrid } from "@/components/charts/coverage-grid";
import { RankingChart } from "@/components/charts/ranking-chart";
import { RankingTable } from "@/components/charts/ranking-table";
import { ScatterChart } from "@/components/charts/scatter-chart";
import { RANKING_ROW_HEIGHT } from "@/components/charts/series-config";
import { DataErrorPanel } from "@/components/data-error-panel";
import { formatNumber } from "@/lib/format/number";
import { sourceShortName } from "@/lib/format/source";
import { dict } from "@/lib/i18n/dictionary";
import { localePath, type Lang } from "@/lib/i18n/lang";
import { UNSTATED_SERIES, choosePoint, hasValue, observationsInYear, sourceOf, yearsOf } from "@/lib/metrics/observations";
import { comparisonSeries, latestRankedYear, rankRegions, rankedRegions, referenceRegions, valuesIn } from "@/lib/metrics/rank";
import { headlineIndicators, loadSite } from "@/lib/site";
import { exportRow, rankingView, seriesLabel, sourceNames } from "@/lib/view/indicator";

/** Every indicator × year with any published value: the static pages of /perbandingan/[kode]/[tahun]. */
export async function comparisonParams(): Promise<{ kode: string; tahun: string }[]> {
  const site = await loadSite();
  if (!site.ok) return [];
  return headlineIndicators(site.dataset).flatMap((i) =>
    yearsOf(site.dataset, i.code).map((y) => ({ kode: i.code.toLowerCase(), tahun: String(y) })),
  );
}

/** /perbandingan: regions compared on one indicator and year (ranked bars, sortable table, coverage, scatter). */
export async function ComparisonPage({ lang, kode, tahun }: { lang: Lang; kode?: string; tahun?: string }) {
  const site = await loadSite();
  if (!site.ok) return <DataErrorPanel issues={site.issues} lang={lang} />;
  const { dataset: d, focus } = site;
  const t = dict(lang);
  const c = t.comparison;
  const indicators = headlineIndicators(d);
  const indicator = kode ? indicators.find((i) => i.code.toLowerCase() === kode.toLowerCase()) : indicators[0];
  if (!indicator) notFound();
  const years = yearsOf(d, indicator.code);
  const year = tahun ? Number(tahun) : (latestRankedYear(d, indicator.code) ?? years.at(-1));
  if (year === undefined || !years.includes(year)) notFound();
  const dec = indicator.decimals;
  const n = (v: number) => formatNumber(v, lang, dec);
  const ranking = rankRegions(d, indicator.code, year, focus.code);
  const rv = ranking ? rankingView(d, ranking, indicator, focus, lang) : null;
  const series = comparisonSeries(d, indicator.code, year);
  const prev = series ? valuesIn(d, indicator.code, year - 1, series) : new Map();
  const current = series ? valuesIn(d, indicator.code, year, series) : new Map();
  const refs = referenceRegions(d, focus.code);
  const tableRegions = [...rankedRegions(d), ...refs];
  const rows = tableRegions.map((r) => {
    const v = current.get(r.code);
    const ranked = ranking?.ranked.find((x) => x.region === r.code);
    const before = prev.get(r.code);
    return {
      code: r.code,
      name: r.shortName,
      level: t.level[r.level],
      rank: ranked?.rank ?? null,
      value: v?.value ?? null,
      change: v && before ? v.value - before.value : null,
      source: v ? sourceShortName(sourceOf(d, v.source), lang) : "",
      focus: r.code === focus.code,
    };
  });
  // For the empty state: whatever is published for this year, any series, any level.
  const inYear = observationsInYear(d, indicator.code, year).filter((o) => o.series !== UNSTATED_SERIES);
  const available = ranking
    ? []
    : d.regions.flatMap((r) => {
        const p = choosePoint(
          d,
          inYear.filter((o) => o.region === r.code),
        );
        return p ? [{ name: r.shortName, value: p.value }] : [];
      });
  const path = (k: string, y: number) => localePath(lang, `/perbandingan/${k.toLowerCase()}/${y}`);
  const rankedYear = ranking ? null : latestRankedYear(d, indicator.code);

  // Scatter: every headline indicator's values in this year, in its own comparison series.
  const scatterSources: Record<string, { name: string; url: string }> = {};
  const scatterValues = indicators.map((i) => {
    const s = comparisonSeries(d, i.code, year);
    const values: Record<string, number> = {};
    const sources: Record<string, string> = {};
    if (s)
      for (const [region, p] of valuesIn(d, i.code, year, s)) {
        values[region] = p.value;
        sources[region] = p.source;
        const src = sourceOf(d, p.source);
        scatterSources[p.source] ??= { name: sourceShortName(src, lang), url: src.url ?? "" };
      }
    return {
      code: i.code,
      name: i.name[lang],
      decimals: i.decimals,
      series: s ? seriesLabel(d, i.code, s, lang) : "",
      values,
      sources,
    };
  });
  const scatterX = scatterValues.find((s) => s.code === indicator.code)!;
  const scatterCandidates = scatterValues.filter((s) => s.code !== indicator.code);
  const overlaps = (s: (typeof scatterValues)[number]) =>
    Object.keys(s.values).some((r) => scatterX.values[r] !== undefined && rankedRegions(d).some((x) => x.code === r));
  const drawable = scatterCandidates.filter(overlaps);
  const defaultY = drawable[0]?.code ?? null;
  // The latest year in which this indicator can be plotted against another one, for the empty state.
  const scatterYear = [...years].reverse().find((y) =>
    indicators.some((i) => {
      if (i.code === indicator.code) return false;
      const sx = comparisonSeries(d, indicator.code, y);
      const sy = comparisonSeries(d, i.code, y);
      if (!sx || !sy) return false;
      const xs = valuesIn(d, indicator.code, y, sx);
      return [...valuesIn(d, i.code, y, sy).keys()].some((r) => xs.has(r) && rankedRegions(d).some((x) => x.code === r));
    }),
  );
  const scatterRows = rankedRegions(d).flatMap((r) =>
    indicators
      .filter((i) => i.code === indicator.code || i.code === defaultY)
      .flatMap((i) => {
        const s = comparisonSeries(d, i.code, year);
        const p = s ? valuesIn(d, i.code, year, s).get(r.code) : undefined;
        return p && s
          ? [exportRow(d, { region: r.code, indicator: i.code, year, value: p.value, series: s, source: p.source }, lang)]
          : [];
      }),
  );

  // Coverage: which region-year values exist (any series), which are missing.
  const allYears = years;
  const coverage = [...refs.slice().reverse(), ...rankedRegions(d)].map((r) => ({
    region: r,
    cells: allYears.map((y) => {
      const s = comparisonSeries(d, indicator.code, y);
      const inSeries = s ? valuesIn(d, indicator.code, y, s).get(r.code) : undefined;
      const any = hasValue(d, r.code, indicator.code, y);
      return { year: y, value: inSeries?.value ?? null, other: !inSeries && any };
    }),
  }));

  return (
    <>
      <h1>{c.title}</h1>
      <p className="page-lead">{c.lead(focus.name)}</p>
      <nav className="picker-nav" aria-label={c.pickIndicator}>
        <span className="picker-label">{c.pickIndicator}:</span>
        <ul>
          {indicators.map((i) => {
            // Keep the year when that indicator has regency data for it; otherwise its latest ranked year.
            const y = rankRegions(d, i.code, year) ? year : (latestRankedYear(d, i.code) ?? yearsOf(d, i.code).at(-1)!);
            return (
              <li key={i.code}>
                <Link href={path(i.code, y)} aria-current={i.code === indicator.code ? "page" : undefined}>
                  {i.code}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <nav className="picker-nav" aria-label={c.pickYear}>
        <span className="picker-label">{c.pickYear}:</span>
        <ul>
          {years.map((y) => (
            <li key={y}>
              <Link href={path(indicator.code, y)} aria-current={y === year ? "page" : undefined}>
                {y}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      {ranking && rv ? (
        <ChartFrame
          id="grafik-peringkat"
          headingLevel={2}
          lang={lang}
          title={rv.title}
          subtitle={`${indicator.name[lang]} ${year} · ${t.chart.series}: ${seriesLabel(d, indicator.code, ranking.series, lang)}`}
          summary={rv.summary}
          sources={sourceNames(rv.rows)}
          lastYear={year}
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
            othersLabel={t.indicatorPage.rankOthers}
          />
        </ChartFrame>
      ) : (
        <div className="empty-state" data-testid="empty-ranking">
          <p>
            <strong>{c.noRegional(indicator.code, year)}</strong>
          </p>
          {available.length ? (
            <p>
              {c.onlyAvailable}: {available.map((a) => `${a.name} ${n(a.value)}`).join("; ")}.
            </p>
          ) : null}
          {rankedYear !== null ? (
            <p>
              <Link href={path(indicator.code, rankedYear)}>{c.goToYear(rankedYear)}</Link>
            </p>
          ) : null}
        </div>
      )}

      {/* Without a regency series for this year the table would only repeat the empty state as dashes. */}
      {ranking ? (
        <section className="panel" aria-labelledby="tabel-peringkat">
          <h2 id="tabel-peringkat">{c.tableHeading}</h2>
          <RankingTable
            lang={lang}
            rows={rows}
            decimals={dec}
            caption={c.tableCaption(indicator.code, year)}
            previousYear={prev.size ? year - 1 : null}
          />
        </section>
      ) : null}

      <section className="panel" aria-labelledby="cakupan">
        <h2 id="cakupan">{c.coverageHeading}</h2>
        <p className="note">{c.coverageLead(indicator.code)}</p>
        <CoverageGrid
          lang={lang}
          years={allYears}
          rows={coverage.map((row) => ({
            code: row.region.code,
            name: row.region.shortName,
            focus: row.region.code === focus.code,
            cells: row.cells.map((cell) => (cell.value !== null ? cell.value : cell.other ? "other" : null)),
          }))}
          decimals={dec}
          caption={c.coverageCaption(indicator.code)}
          otherSeries={c.otherSeries}
          regionLabel={t.common.region}
        />
      </section>

      {defaultY ? (
        <ChartFrame
          id="grafik-sebaran"
          headingLevel={2}
          lang={lang}
          title={c.scatterTitle(year)}
          subtitle={c.scatterSubtitle}
          summary={c.scatterSummary(indicator.code)}
          sources={sourceNames(scatterRows)}
          lastYear={year}
          rows={scatterRows}
          decimals={dec}
          height={500}
          downloads="client"
        >
          <ScatterChart
            lang={lang}
            x={scatterX}
            candidates={drawable}
            defaultY={defaultY}
            regions={rankedRegions(d).map((r) => ({ code: r.code, label: r.shortName }))}
            focus={focus.code}
            exportInfo={{
              figureId: "grafik-sebaran",
              title: c.scatterTitle(year),
              year,
              regionNames: Object.fromEntries(d.regions.map((r) => [r.code, r.name])),
              sources: scatterSources,
            }}
          />
        </ChartFrame>
      ) : (
        <section className="panel" aria-labelledby="sebaran-kosong">
          <h2 id="sebaran-kosong">{c.scatterTitle(year)}</h2>
          <p className="empty-state">
            {c.scatterNone(indicator.code, year)}{" "}
            {scatterYear !== undefined ? <Link href={path(indicator.code, scatterYear)}>{c.goToYear(scatterYear)}</Link> : null}
          </p>
        </section>
      )}
    </>
  );
}
