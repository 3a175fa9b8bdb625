import type { Indicator, Region } from "@/lib/data/schemas";
import type { Dataset } from "@/lib/data/validate";
import { sourceOf } from "@/lib/metrics/observations";
import { formatNumber } from "@/lib/format/number";
import { sourceShortName } from "@/lib/format/source";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";

/** Component indicators (IKG dimensions, IPM by sex) wherever values are published; says so when the focus region has none. */
export function ComponentsTable({ d, indicator, focus, lang }: { d: Dataset; indicator: Indicator; focus: Region; lang: Lang }) {
  const t = dict(lang);
  const components = d.indicators.filter((i) => i.parent === indicator.code);
  const codes = new Set(components.map((c) => c.code));
  const rows = d.observations
    .filter((o) => codes.has(o.indicator) && o.value !== null)
    .sort((a, b) => a.indicator.localeCompare(b.indicator) || a.region.localeCompare(b.region) || a.year - b.year);
  if (components.length === 0) return null;
  const byCode = new Map(components.map((c) => [c.code, c]));
  const region = (code: string) => d.regions.find((r) => r.code === code)?.shortName ?? code;
  return (
    <section className="panel" aria-labelledby="komponen">
      <h2 id="komponen">
        {t.indicatorPage.componentsHeading} {indicator.code}
      </h2>
      <ul className="definition-list">
        {components.map((c) => (
          <li key={c.code}>
            <strong>{c.name[lang]}</strong>: {c.definition[lang]}
          </li>
        ))}
      </ul>
      {!rows.some((r) => r.region === focus.code) ? (
        <p className="notice">{t.indicatorPage.componentsNone(focus.shortName)}</p>
      ) : null}
      {rows.length ? (
        <div className="table-wrap">
          <table>
            <caption>
              {t.indicatorPage.componentsHeading} {indicator.code}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t.common.indicator}</th>
                <th scope="col">{t.common.region}</th>
                <th scope="col" className="num">
                  {t.common.year}
                </th>
                <th scope="col" className="num">
                  {t.common.value}
                </th>
                <th scope="col">{t.chart.source}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((o, i) => {
                const c = byCode.get(o.indicator)!;
                return (
                  <tr key={i}>
                    <th scope="row">{c.name[lang]}</th>
                    <td>{region(o.region)}</td>
                    <td className="num">{o.year}</td>
                    <td className="num">
                      {formatNumber(o.value!, lang, c.decimals)}{" "}
                      {c.unit[lang] === "persen" || c.unit[lang] === "percent" ? "%" : ""}
                    </td>
                    <td>{sourceShortName(sourceOf(d, o.source), lang)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
