import { DataErrorPanel } from "@/components/data-error-panel";
import { TABLES, TABLE_NAMES } from "@/lib/data/schemas";
import { StatusIcon } from "@/components/indicator/status-icon";
import { SourceList } from "@/components/source-list";
import { formatNumber, formatPercent, formatSigned, paceDecimals } from "@/lib/format/number";
import { sourceShortName } from "@/lib/format/source";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { assessIndicator } from "@/lib/metrics/assess";
import { publishedConflicts } from "@/lib/metrics/conflicts";
import { sourceOf } from "@/lib/metrics/observations";
import { ON_TRACK_RATIO, PACE_WINDOW_YEARS, STALLED_RATIO, type Status } from "@/lib/metrics/progress";
import { headlineIndicators, loadSite } from "@/lib/site";
import { seriesLabel } from "@/lib/view/indicator";

const STATUS_ORDER: Status[] = [
  "achieved",
  "missed",
  "insufficient-data",
  "moving-away",
  "stalled",
  "needs-acceleration",
  "on-track",
  "no-target",
];

/** /data: definitions, the progress method with worked examples from the engine, sources, coverage, data-quality notes. */
export async function DataPage({ lang }: { lang: Lang }) {
  const site = await loadSite();
  if (!site.ok) return <DataErrorPanel issues={site.issues} lang={lang} />;
  const { dataset: d, focus, planYear } = site;
  const t = dict(lang);
  const m = t.methods;
  const num = (v: number, k = 2) => formatNumber(v, lang, k);
  const indicators = headlineIndicators(d);
  const examples = indicators.map((i) => assessIndicator(d, focus.code, i.code));
  const conflicts = publishedConflicts(d, [focus.code]);
  const coverage = d.indicators.map((i) => {
    const obs = d.observations.filter((o) => o.indicator === i.code && o.value !== null);
    const years = obs.map((o) => o.year);
    return {
      indicator: i,
      values: obs.length,
      regions: new Set(obs.map((o) => o.region)).size,
      from: years.length ? Math.min(...years) : null,
      to: years.length ? Math.max(...years) : null,
    };
  });
  // The latest year of each index, where fewer regions have a value than in the dataset: computed, so it never goes stale.
  const gaps = indicators.flatMap((i) => {
    const obs = d.observations.filter((o) => o.indicator === i.code && o.value !== null);
    if (!obs.length) return [];
    const year = Math.max(...obs.map((o) => o.year));
    const have = [...new Set(obs.filter((o) => o.year === year).map((o) => o.region))];
    return have.length < d.regions.length ? [{ code: i.code, year, have }] : [];
  });
  const regionName = (code: string) => d.regions.find((r) => r.code === code)?.shortName ?? code;

  return (
    <>
      <h1>{m.title}</h1>
      <p className="page-lead">{m.lead}</p>

      <section className="panel" aria-labelledby="definisi">
        <h2 id="definisi">{m.definitionsHeading}</h2>
        <div className="table-wrap">
          <table>
            <caption>{m.definitionsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.common.indicator}</th>
                <th scope="col">{m.definition}</th>
                <th scope="col">{m.range}</th>
                <th scope="col">{m.better}</th>
              </tr>
            </thead>
            <tbody>
              {d.indicators.map((i) => (
                <tr key={i.code}>
                  <th scope="row">
                    {i.code}
                    <br />
                    <span className="note">{i.name[lang]}</span>
                  </th>
                  <td>{i.definition[lang]}</td>
                  <td className="num">
                    {num(i.min, 0)}–{num(i.max, 0)} ({i.unit[lang]})
                  </td>
                  <td>{m.direction[i.direction]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="panel" aria-labelledby="metode">
        <h2 id="metode">{m.methodHeading}</h2>
        <p>{m.methodLead}</p>
        <dl className="formulas">
          <dt>{m.share}</dt>
          <dd>
            <code>S = (x_t − x_b) / (x_T − x_b)</code> — {m.shareNote}
          </dd>
          <dt>{m.achieved}</dt>
          <dd>
            <code>v_a = (x_t − x_s) / (t − s)</code> — {m.achievedNote(PACE_WINDOW_YEARS)}
          </dd>
          <dt>{m.required}</dt>
          <dd>
            <code>v_r = (x_T − x_t) / (T − t)</code> — {m.requiredNote}
          </dd>
          <dt>{m.projection}</dt>
          <dd>
            <code>x̂_T = x_t + v_a · (T − t)</code>
          </dd>
          <dt>{m.ratio}</dt>
          <dd>
            <code>r = v_a / v_r</code> — {m.ratioNote}
          </dd>
        </dl>
        <h3>{m.statusHeading}</h3>
        <ul className="status-rules">
          {STATUS_ORDER.map((s) => (
            <li key={s}>
              <span className={`status status-${s}`}>
                <StatusIcon status={s} />
                {t.status[s]}
              </span>
              : {m.rule[s](num(ON_TRACK_RATIO), num(STALLED_RATIO))}
            </li>
          ))}
        </ul>
        <p>{m.noTargetRule}</p>
        <p>{m.seriesRule}</p>
        <p className="note">{m.references}</p>
      </section>

      <section className="panel" aria-labelledby="contoh">
        <h2 id="contoh">{m.examplesHeading(focus.name)}</h2>
        <div className="table-wrap">
          <table>
            <caption>{m.examplesCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.common.indicator}</th>
                <th scope="col">{t.chart.series}</th>
                <th scope="col" className="num">
                  x_b
                </th>
                <th scope="col" className="num">
                  x_t
                </th>
                <th scope="col" className="num">
                  x_T
                </th>
                <th scope="col" className="num">
                  S
                </th>
                <th scope="col" className="num">
                  v_a
                </th>
                <th scope="col" className="num">
                  v_r
                </th>
                <th scope="col" className="num">
                  r
                </th>
                <th scope="col" className="num">
                  x̂_{planYear}
                </th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {examples.map((a) => {
                const p = a.progress;
                const dec = a.indicator.decimals;
                const pd = paceDecimals(dec);
                return (
                  <tr key={a.indicator.code}>
                    <th scope="row">{a.indicator.code}</th>
                    <td>{a.series ? seriesLabel(d, a.indicator.code, a.series, lang) : "–"}</td>
                    <td className="num">{a.goal ? `${num(a.goal.baselineValue, dec)} (${a.goal.baselineYear})` : "–"}</td>
                    <td className="num">{p.latest ? `${num(p.latest.value, dec)} (${p.latest.year})` : "–"}</td>
                    <td className="num">{a.goal ? `${num(a.goal.targetValue, dec)} (${a.goal.targetYear})` : "–"}</td>
                    <td className="num">{p.share !== null ? formatPercent(p.share, lang) : "–"}</td>
                    <td className="num">{p.pace ? formatSigned(p.pace.perYear, lang, pd) : "–"}</td>
                    <td className="num">{p.required !== null ? formatSigned(p.required, lang, pd) : "–"}</td>
                    <td className="num">{p.ratio !== null ? num(p.ratio, 3) : "–"}</td>
                    <td className="num">{p.projected ? num(p.projected.value, dec) : "–"}</td>
                    <td>
                      {t.status[p.status]}
                      {a.trendWithoutTarget ? ` (${t.trend[a.trendWithoutTarget].toLowerCase()})` : ""}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      <section className="panel" aria-labelledby="kualitas">
        <h2 id="kualitas">{m.qualityHeading}</h2>
        <p>{m.seriesBreak}</p>
        <h3>{m.conflictsHeading(focus.name)}</h3>
        {conflicts.length ? (
          <ul>
            {conflicts.map((c) => {
              const ind = d.indicators.find((i) => i.code === c.indicator)!;
              return (
                <li key={`${c.indicator}-${c.year}`}>
                  <strong>
                    {c.indicator} {regionName(c.region)} {c.year}
                  </strong>
                  :{" "}
                  {c.values
                    .map(
                      (v) =>
                        `${num(v.value, ind.decimals)} (${seriesLabel(d, c.indicator, v.series, lang)}; ${sourceShortName(sourceOf(d, v.source), lang)})`,
                    )
                    .join(" · ")}
                </li>
              );
            })}
          </ul>
        ) : (
          <p>{m.noConflicts}</p>
        )}
        <p className="note">{m.precedence}</p>
      </section>

      <section className="panel" aria-labelledby="seri">
        <h2 id="seri">{m.seriesHeading}</h2>
        <div className="table-wrap">
          <table>
            <caption>{m.seriesCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.common.indicator}</th>
                <th scope="col">{t.chart.series}</th>
                <th scope="col">{m.definition}</th>
              </tr>
            </thead>
            <tbody>
              {d.series
                .filter((s) => indicators.some((i) => i.code === s.indicator))
                .map((s) => (
                  <tr key={`${s.indicator}-${s.code}`}>
                    <th scope="row">{s.indicator}</th>
                    <td>
                      {s.label[lang]}
                      {s.headline ? <span className="note"> ({m.headline})</span> : null}
                      <br />
                      <code>{s.code}</code>
                    </td>
                    <td>{s.description[lang]}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="panel" aria-labelledby="cakupan-data">
        <h2 id="cakupan-data">{m.coverageHeading}</h2>
        <div className="table-wrap">
          <table>
            <caption>{m.coverageCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.common.indicator}</th>
                <th scope="col" className="num">
                  {m.values}
                </th>
                <th scope="col" className="num">
                  {m.regions}
                </th>
                <th scope="col" className="num">
                  {m.years}
                </th>
              </tr>
            </thead>
            <tbody>
              {coverage.map((c) => (
                <tr key={c.indicator.code}>
                  <th scope="row">{c.indicator.code}</th>
                  <td className="num">{c.values}</td>
                  <td className="num">{c.regions}</td>
                  <td className="num">
                    {c.from !== null ? `${c.from}–${c.to}` : <span className="missing">{t.common.missing}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {gaps.length ? (
          <>
            <h3>{m.gapsHeading}</h3>
            <ul>
              {gaps.map((g) => (
                <li key={g.code}>{m.gap(g.code, g.year, g.have.length, d.regions.length, g.have.map(regionName).join(", "))}</li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section className="panel" aria-labelledby="unduh-data">
        <h2 id="unduh-data">{m.downloadHeading}</h2>
        <p>{m.downloadLead}</p>
        <div className="table-wrap">
          <table>
            <caption>{m.downloadCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.table}</th>
                <th scope="col" className="num">
                  {m.rows}
                </th>
                <th scope="col">{m.files}</th>
              </tr>
            </thead>
            <tbody>
              {TABLE_NAMES.map((name) => (
                <tr key={name}>
                  <th scope="row">
                    <code>{TABLES[name].file}</code> <span className="note">{m.tableDescription[name]}</span>
                  </th>
                  <td className="num">{name === "settings" ? 1 : d[name].length}</td>
                  <td>
                    <a href={`/unduh/data/${name}.csv`} download>
                      CSV
                    </a>{" "}
                    ·{" "}
                    <a href={`/unduh/data/${name}.json`} download>
                      JSON
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="panel" aria-labelledby="sumber-semua">
        <h2 id="sumber-semua">{m.sourcesHeading(d.sources.length)}</h2>
        <SourceList d={d} ids={d.sources.map((s) => s.id)} lang={lang} />
      </section>
    </>
  );
}
