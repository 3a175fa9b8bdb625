import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import type { SourceItem } from "@/lib/view/sources";

/**
 * Sources cited on a page: kind, publisher, title, year, link, and the data steward's note. Titles are
 * as published; the notes are written in Indonesian, so an English page says so and marks their language.
 */
export function SourceList({ sources, lang }: { sources: SourceItem[]; lang: Lang }) {
  const noteLabel = dict(lang).sourceNote;
  return (
    <ul className="source-list">
      {sources.map((s) => (
        <li key={s.id} id={`sumber-${s.id}`}>
          <span className="source-kind">{s.kind}</span> {s.publisher},{" "}
          {s.url ? <a href={s.url}>{s.title}</a> : <cite>{s.title}</cite>}
          {s.year ? `, ${s.year}` : ""}.
          {s.note ? (
            <span className="note">
              {" "}
              {noteLabel}
              <span lang="id">{s.note}</span>
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
