/** The flags of an assessment as sentences for a card or an indicator page. */
import type { Flag } from "@/lib/metrics/assess";
import { sourceOf } from "@/lib/metrics/observations";
import type { Indicator } from "@/lib/data/schemas";
import type { Dataset } from "@/lib/data/validate";
import type { Lang } from "@/lib/i18n/lang";
import { formatNumber } from "./number";
import { sourceShortName } from "./source";

/** One short line per flag for a card on the overview; the indicator page gives the full sentence. */
export function briefFlag(d: Dataset, flag: Flag, indicator: Indicator, lang: Lang): string | null {
  const n = (v: number) => formatNumber(v, lang, indicator.decimals);
  const series = (code: string) => d.series.find((s) => s.indicator === indicator.code && s.code === code)?.label[lang] ?? code;
  const id = lang === "id";
  switch (flag.kind) {
    case "target-series-inferred":
      return id
        ? `Diukur dalam seri ${series(flag.match.series)}, basis target.`
        : `Measured in the ${series(flag.match.series)} series, the target's basis.`;
    case "target-series-unknown":
      return id ? `Seri target tidak diketahui.` : `The target's series is unknown.`;
    case "baseline-differs":
      return id
        ? `Baseline ${n(flag.baselineValue)} ≠ nilai terbitan ${flag.baselineYear}: ${flag.published.map((p) => n(p.value)).join(" / ")}.`
        : `Baseline ${n(flag.baselineValue)} ≠ published ${flag.baselineYear}: ${flag.published.map((p) => n(p.value)).join(" / ")}.`;
    case "other-series":
      return `${series(flag.series)}: ${n(flag.latest.value)} (${flag.latest.year}).`;
    case "latest-alternatives":
      return id
        ? `Nilai lain ${flag.year}: ${flag.values.map((v) => n(v.value)).join(" / ")}.`
        : `Other value ${flag.year}: ${flag.values.map((v) => n(v.value)).join(" / ")}.`;
    case "different-sources":
      return null;
  }
}

export function describeFlag(d: Dataset, flag: Flag, indicator: Indicator, lang: Lang): string {
  const n = (v: number) => formatNumber(v, lang, indicator.decimals);
  const src = (id: string) => sourceShortName(sourceOf(d, id), lang);
  const series = (code: string) => d.series.find((s) => s.indicator === indicator.code && s.code === code)?.label[lang] ?? code;
  const id = lang === "id";
  switch (flag.kind) {
    case "target-series-inferred":
      return id
        ? `Seri target tidak disebutkan. Nilai baselinenya sama dengan ${indicator.code} ${flag.match.year} seri ${series(flag.match.series)} (${n(flag.match.value)}, ${src(flag.match.source)}), jadi kemajuan diukur dalam seri itu.`
        : `The target does not state its series. Its baseline equals the ${flag.match.year} ${indicator.code} in the ${series(flag.match.series)} series (${n(flag.match.value)}, ${src(flag.match.source)}), so progress is measured in that series.`;
    case "target-series-unknown":
      return id
        ? `Seri target tidak disebutkan dan tidak dapat dikenali; kemajuan diukur dalam seri ${series(flag.series)}.`
        : `The target does not state its series and it cannot be identified; progress is measured in the ${series(flag.series)} series.`;
    case "baseline-differs": {
      const list = flag.published.map((p) => `${n(p.value)} (${series(p.series)}, ${src(p.source)})`).join(id ? "; " : "; ");
      return id
        ? `Baseline target ${n(flag.baselineValue)} (${flag.baselineYear}) berbeda dengan nilai terbitan ${flag.baselineYear}: ${list}.`
        : `The target's baseline ${n(flag.baselineValue)} (${flag.baselineYear}) differs from the value published for ${flag.baselineYear}: ${list}.`;
    }
    case "other-series":
      return id
        ? `Seri ${series(flag.series)}: ${n(flag.latest.value)} (${flag.latest.year}), tidak dibandingkan dengan target karena basisnya berbeda.`
        : `${series(flag.series)} series: ${n(flag.latest.value)} (${flag.latest.year}), not compared with the target because its basis differs.`;
    case "latest-alternatives": {
      const list = flag.values.map((v) => `${n(v.value)} (${src(v.source)})`).join("; ");
      return id ? `Nilai lain diterbitkan untuk ${flag.year}: ${list}.` : `Another value is published for ${flag.year}: ${list}.`;
    }
    case "different-sources":
      return id
        ? `Target bersumber dari ${src(flag.targetSource)}; nilai terakhir dari ${src(flag.latestSource)}.`
        : `The target comes from ${src(flag.targetSource)}; the latest value from ${src(flag.latestSource)}.`;
  }
}
