/** The distance to the province, the best regency or city and the APE winners, in points and in years at the current paces. */
import { DataTable } from "@/components/table/data-table";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import type { GapView } from "@/lib/view/regional";

export function LeaderGaps({ gaps, lang }: { gaps: GapView; lang: Lang }) {
  const t = dict(lang).regional;
  return (
    <section className="panel" aria-labelledby="jarak-terdepan" data-testid="leader-gaps">
      <h2 id="jarak-terdepan">{t.gapHeading}</h2>
      <DataTable
        caption={gaps.caption}
        lang={lang}
        rows={gaps.rows}
        rowKey={(r) => r.key}
        columns={[
          { key: "against", label: t.against, rowHeader: true, cell: (r) => r.against },
          { key: "value", label: t.value, numeric: true, cell: (r) => r.value },
          { key: "distance", label: t.distance, cell: (r) => <span className={r.ahead ? "good" : "bad"}>{r.behind}</span> },
          { key: "paces", label: gaps.pacesLabel, numeric: true, cell: (r) => r.paces },
          { key: "catchUp", label: t.catchUpHeading, cell: (r) => r.catchUp },
        ]}
      />
      <p className="note">{gaps.note}</p>
    </section>
  );
}
