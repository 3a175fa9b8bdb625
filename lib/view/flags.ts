/** The flags of an assessment as full sentences, for the data notes of an indicator. */
import type { Indicator } from "@/lib/data/schemas";
import type { Dataset } from "@/lib/data/validate";
import { formatNumber } from "@/lib/format/number";
import { sourceShortName } from "@/lib/format/source";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import type { Flag } from "@/lib/metrics/assess";
import { sourceOf } from "@/lib/metrics/observations";
import { seriesLabel } from "@/lib/format/labels";

export function describeFlag(d: Dataset, flag: Flag, indicator: Indicator, lang: Lang): string {
  const t = dict(lang).flagLong;
  const n = (v: number) => formatNumber(v, lang, indicator.decimals);
  const src = (id: string) => sourceShortName(sourceOf(d, id), lang);
  const series = (code: string) => seriesLabel(d, indicator.code, code, lang);
  switch (flag.kind) {
    case "target-series-inferred":
      return t.seriesInferred(
        flag.match.year,
        indicator.code,
        series(flag.match.series),
        n(flag.match.value),
        src(flag.match.source),
      );
    case "target-series-unknown":
      return t.seriesUnknown(series(flag.series));
    case "baseline-differs":
      return t.baselineDiffers(
        n(flag.baselineValue),
        flag.baselineYear,
        flag.published.map((p) => `${n(p.value)} (${series(p.series)}, ${src(p.source)})`).join("; "),
      );
    case "other-series":
      return t.otherSeries(series(flag.series), n(flag.latest.value), flag.latest.year);
    case "latest-alternatives":
      return t.latestAlternatives(flag.year, flag.values.map((v) => `${n(v.value)} (${src(v.source)})`).join("; "));
    case "different-sources":
      return t.differentSources(src(flag.targetSource), src(flag.latestSource));
  }
}
