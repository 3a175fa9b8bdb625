import type { Source } from "@/lib/data/schemas";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";

/** A short name for a source in a card or chart footer: "BPS", "Databoks (Katadata)", "Makalah Refansyah dkk.". */
export function sourceShortName(s: Source, lang: Lang): string {
  if (s.kind === "paper") {
    const surname = s.publisher.id.split(",")[0]!.trim();
    return dict(lang).paperShortName(surname);
  }
  const beforeParen = s.publisher[lang].split(" (")[0]!.trim();
  return beforeParen || dict(lang).sourceKind[s.kind];
}
