import { DataTable, NumberCell } from "@/components/table/data-table";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import type { ComponentsModel } from "@/lib/view/components";

/** Component indicators (IKG dimensions, IPM by sex) wherever values are published; says so when the focus region has none. */
export function ComponentsTable({
  code,
  region,
  model,
  lang,
}: {
  code: string;
  region: string;
  model: ComponentsModel;
  lang: Lang;
}) {
  const t = dict(lang);
  const heading = `${t.indicatorPage.componentsHeading} ${code}`;
  return (
    <section className="panel" aria-labelledby="komponen">
      <h2 id="komponen">{heading}</h2>
      <ul className="definition-list">
        {model.definitions.map((c) => (
          <li key={c.code}>
            <strong>{c.name}</strong>: {c.definition}
          </li>
        ))}
      </ul>
      {!model.focusHasValues ? <p className="notice">{t.indicatorPage.componentsNone(region)}</p> : null}
      {model.rows.length ? (
        <DataTable
          caption={heading}
          lang={lang}
          rows={model.rows}
          rowKey={(r) => r.key}
          columns={[
            { key: "indicator", label: t.common.indicator, rowHeader: true, cell: (r) => r.name },
            { key: "region", label: t.common.region, cell: (r) => r.region },
            { key: "year", label: t.common.year, numeric: true, cell: (r) => r.year },
            {
              key: "value",
              label: t.common.value,
              numeric: true,
              cell: (r) => (
                <>
                  <NumberCell value={r.value} lang={lang} decimals={r.decimals} missing={t.common.missing} />
                  {r.percent ? " %" : ""}
                </>
              ),
            },
            { key: "source", label: t.client.figure.source, cell: (r) => r.source },
          ]}
        />
      ) : null}
    </section>
  );
}
