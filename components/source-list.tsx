import type { Dataset } from "@/lib/data/validate";
import { sourceOf } from "@/lib/metrics/observations";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";

/** Sources cited on a page: kind, publisher, title, year, link. */
export function SourceList({ d, ids, lang }: { d: Dataset; ids: string[]; lang: Lang }) {
  const t = dict(lang);
  const sources = ids
    .map((id) => sourceOf(d, id))
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.publisher.localeCompare(b.publisher));
  return (
    <ul className="source-list">
      {sources.map((s) => (
        <li key={s.id} id={`sumber-${s.id}`}>
          <span className="source-kind">{t.sourceKind[s.kind]}</span> {s.publisher},{" "}
          {s.url ? <a href={s.url}>{s.title}</a> : <cite>{s.title}</cite>}
          {s.year ? `, ${s.year}` : ""}.{s.note ? <span className="note"> {s.note}</span> : null}
        </li>
      ))}
    </ul>
  );
}
