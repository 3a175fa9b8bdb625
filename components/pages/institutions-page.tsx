import { DataErrorPanel } from "@/components/data-error-panel";
import { SourceList } from "@/components/source-list";
import { sourceShortName } from "@/lib/format/source";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { apeByRegionYear } from "@/lib/metrics/institutions";
import { sourceOf } from "@/lib/metrics/observations";
import { rankedRegions, referenceRegions } from "@/lib/metrics/rank";
import { loadSite } from "@/lib/site";

/** /kelembagaan: regulations, the working group, the halt, the award record and the follow-up plan. */
export async function InstitutionsPage({ lang }: { lang: Lang }) {
  const site = await loadSite();
  if (!site.ok) return <DataErrorPanel issues={site.issues} lang={lang} />;
  const { dataset: d, focus } = site;
  const t = dict(lang);
  const k = t.institutions;
  const ape = apeByRegionYear(d);
  const apeYears = [...new Set(d.ape.map((r) => r.year))].sort((a, b) => a - b);
  const focusApe = [...ape.values()].filter((r) => r.region === focus.code);
  const timeline = [
    ...d.milestones.map((m) => ({
      key: m.id,
      start: m.startYear,
      end: m.endYear,
      kind: k.kind[m.kind],
      status: m.status,
      title: m.title[lang],
      detail: m.detail?.[lang] ?? null,
      source: m.source,
    })),
    ...focusApe.map((r) => ({
      key: `ape-${r.year}`,
      start: r.year,
      end: null,
      kind: k.kind.award,
      status: null,
      title: k.apeResult(r.year, t.ape[r.predicate]),
      detail: null,
      source: r.source,
    })),
  ].sort((a, b) => a.start - b.start || (a.end ?? a.start) - (b.end ?? b.start));
  const regions = [...referenceRegions(d, focus.code).reverse(), ...rankedRegions(d)].filter((r) =>
    apeYears.some((y) => ape.has(`${r.code}|${y}`)),
  );
  const sourceIds = [
    ...new Set([...d.milestones.map((m) => m.source), ...d.ape.map((a) => a.source), ...d.actions.map((a) => a.source)]),
  ];
  return (
    <>
      <h1>{k.title}</h1>
      <p className="page-lead">{k.lead(focus.name)}</p>

      <section className="panel" aria-labelledby="linimasa">
        <h2 id="linimasa">{k.timelineHeading}</h2>
        <ol className="timeline">
          {timeline.map((e) => (
            <li key={e.key} className={`timeline-item timeline-${e.status ?? "award"}`}>
              <span className="timeline-year">
                {e.start}
                {e.end ? `–${e.end}` : ""}
              </span>
              <div>
                <p className="timeline-title">
                  <strong>{e.title}</strong>{" "}
                  {e.status ? <span className={`pill pill-${e.status}`}>{k.status[e.status]}</span> : null}
                </p>
                {e.detail ? <p className="note">{e.detail}</p> : null}
                <p className="note">
                  {e.kind} · {t.chart.source}: {sourceShortName(sourceOf(d, e.source), lang)}
                </p>
              </div>
            </li>
          ))}
        </ol>
      </section>

      <section className="panel" aria-labelledby="ape">
        <h2 id="ape">{k.apeHeading}</h2>
        <p className="note">{k.apeLead}</p>
        <div className="table-wrap">
          <table className="ape-table">
            <caption>{k.apeCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.common.region}</th>
                {apeYears.map((y) => (
                  <th scope="col" key={y}>
                    {y}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {regions.map((r) => (
                <tr key={r.code} className={r.code === focus.code ? "focus-row" : undefined}>
                  <th scope="row">{r.code === focus.code ? <strong>{r.shortName}</strong> : r.shortName}</th>
                  {apeYears.map((y) => {
                    const rec = ape.get(`${r.code}|${y}`);
                    return (
                      <td key={y} className={rec ? `ape-${rec.predicate}` : "cov-missing"}>
                        {rec ? t.ape[rec.predicate] : <span className="missing">{k.notRecorded}</span>}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="panel" aria-labelledby="tindak-lanjut">
        <h2 id="tindak-lanjut">{k.actionsHeading}</h2>
        <p className="note">{k.actionsLead}</p>
        <div className="table-wrap">
          <table>
            <caption>{k.actionsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{k.action}</th>
                <th scope="col">{k.lead_}</th>
                <th scope="col">{k.partners}</th>
                <th scope="col">{k.when}</th>
                <th scope="col">{k.statusLabel}</th>
              </tr>
            </thead>
            <tbody>
              {d.actions.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{a.action[lang]}</th>
                  <td>{a.lead}</td>
                  <td>{a.partners.join("; ") || "–"}</td>
                  <td>{a.timeframe[lang]}</td>
                  <td>
                    <span className={`pill pill-${a.status}`}>{k.actionStatus[a.status]}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="panel" aria-labelledby="sumber-kelembagaan">
        <h2 id="sumber-kelembagaan">{t.indicatorPage.sourcesHeading}</h2>
        <SourceList d={d} ids={sourceIds} lang={lang} />
      </section>
    </>
  );
}
