/**
 * Sentences a planner would otherwise write by hand, generated from the assessment so that every
 * number in them is a published value or a figure computed by lib/metrics. Indonesian and English
 * are written separately (not translated word by word) so each reads naturally.
 */
import type { IndicatorAssessment } from "@/lib/metrics/assess";
import type { Dataset } from "@/lib/data/validate";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { formatNumber, paceDecimals } from "./number";

function seriesLabel(d: Dataset, indicator: string, code: string, lang: Lang): string {
  return d.series.find((s) => s.indicator === indicator && s.code === code)?.label[lang] ?? code;
}

/** The headline sentences for one indicator: level and change, then what the target needs. */
export function indicatorNarrative(d: Dataset, a: IndicatorAssessment, lang: Lang, planYear: number): string[] {
  const { progress: p, indicator, region } = a;
  const dec = indicator.decimals;
  const pdec = paceDecimals(dec);
  const n = (v: number, k = dec) => formatNumber(Math.abs(v), lang, k);
  const code = indicator.code;
  const name = region.shortName;
  const t = dict(lang);
  if (!p.latest) {
    return [lang === "id" ? `${code} ${name}: data belum tersedia.` : `${code} ${name}: no data yet.`];
  }
  const sentences: string[] = [];
  const latest = p.latest;
  const seriesNote =
    a.seriesBasis === "baseline-match" && a.series
      ? lang === "id"
        ? ` (seri ${seriesLabel(d, code, a.series, lang).toLowerCase()}, basis yang sama dengan target)`
        : ` (${seriesLabel(d, code, a.series, lang).toLowerCase()} series, the basis of the target)`
      : "";

  // 1. Level and change since the previous year with data.
  let first =
    lang === "id"
      ? `${code} ${name} ${latest.year} sebesar ${n(latest.value)}${seriesNote}`
      : `${name}'s ${code} was ${n(latest.value)} in ${latest.year}${seriesNote}`;
  if (p.previous && p.changeSincePrevious !== null) {
    const c = p.changeSincePrevious;
    const word = c > 0 ? (lang === "id" ? "naik" : "up") : c < 0 ? (lang === "id" ? "turun" : "down") : null;
    first += word
      ? lang === "id"
        ? `, ${word} ${n(c)} poin dari ${p.previous.year}`
        : `, ${word} ${n(c)} points from ${p.previous.year}`
      : lang === "id"
        ? `, sama dengan ${p.previous.year}`
        : `, unchanged from ${p.previous.year}`;
  }
  sentences.push(`${first}.`);

  // 2. What the target needs against what the trend delivers.
  if (a.goal) {
    const goal = a.goal;
    const scenario = a.scenario !== null;
    const targetText = n(goal.targetValue);
    if (p.status === "achieved") {
      sentences.push(
        lang === "id"
          ? `${scenario ? "Target skenario" : "Target"} ${goal.targetYear} (${targetText}) sudah tercapai.`
          : `The ${scenario ? "scenario " : ""}${goal.targetYear} target (${targetText}) is already met.`,
      );
    } else if (p.required !== null) {
      const up = p.required > 0;
      const need =
        lang === "id"
          ? `Untuk mencapai ${targetText} pada ${goal.targetYear}${scenario ? " (skenario)" : ""} diperlukan ${up ? "kenaikan" : "penurunan"} ${n(p.required, pdec)} poin per tahun`
          : `Reaching ${targetText} by ${goal.targetYear}${scenario ? " (scenario)" : ""} needs ${up ? "a rise" : "a fall"} of ${n(p.required, pdec)} points a year`;
      if (p.pace && p.projected) {
        const moved =
          p.pace.perYear > 0 ? (lang === "id" ? "naik" : "rose") : p.pace.perYear < 0 ? (lang === "id" ? "turun" : "fell") : null;
        const trend =
          lang === "id"
            ? moved
              ? `; selama ${p.pace.from.year}–${p.pace.to.year} rata-rata ${moved} ${n(p.pace.perYear, pdec)} poin per tahun, sehingga bila tren ini berlanjut ${code} menjadi ${n(p.projected.value)} pada ${p.projected.year}`
              : `; selama ${p.pace.from.year}–${p.pace.to.year} nilainya tidak berubah`
            : moved
              ? `; over ${p.pace.from.year}–${p.pace.to.year} it ${moved} by ${n(p.pace.perYear, pdec)} points a year on average, so if that trend holds ${code} reaches ${n(p.projected.value)} in ${p.projected.year}`
              : `; over ${p.pace.from.year}–${p.pace.to.year} it did not change`;
        sentences.push(`${need}${trend}.`);
      } else {
        sentences.push(
          lang === "id"
            ? `${need}; laju tercapai belum dapat dihitung karena data baru satu tahun dalam seri ini.`
            : `${need}; the achieved pace cannot be computed yet, as this series has one year only.`,
        );
      }
      sentences.push(
        lang === "id" ? `Status: ${t.status[p.status].toLowerCase()}.` : `Status: ${t.status[p.status].toLowerCase()}.`,
      );
    } else {
      sentences.push(
        lang === "id"
          ? `Tahun target ${goal.targetYear} sudah lewat dan target ${targetText} tidak tercapai.`
          : `The target year ${goal.targetYear} has passed and the target of ${targetText} was not met.`,
      );
    }
  } else {
    const pace = p.pace;
    const trend = a.trendWithoutTarget ? t.trend[a.trendWithoutTarget].toLowerCase() : null;
    const paceText =
      pace && pace.perYear !== 0
        ? lang === "id"
          ? `; selama ${pace.from.year}–${pace.to.year} rata-rata ${pace.perYear > 0 ? "naik" : "turun"} ${n(pace.perYear, pdec)} poin per tahun${trend ? ` (${trend})` : ""}`
          : `; over ${pace.from.year}–${pace.to.year} it ${pace.perYear > 0 ? "rose" : "fell"} by ${n(pace.perYear, pdec)} points a year on average${trend ? ` (${trend})` : ""}`
        : "";
    sentences.push(
      lang === "id" ? `Target ${planYear} belum ditetapkan${paceText}.` : `No ${planYear} target has been set yet${paceText}.`,
    );
  }

  // 3. The series BPS now headlines, when progress was measured in another one.
  for (const f of a.flags) {
    if (f.kind === "other-series" && a.goal) {
      const label = seriesLabel(d, code, f.series, lang);
      sentences.push(
        lang === "id"
          ? `Dalam seri ${label} nilainya ${n(f.latest.value)} pada ${f.latest.year}; seri itu tidak dibandingkan dengan target karena basisnya berbeda.`
          : `In the ${label} series the value was ${n(f.latest.value)} in ${f.latest.year}; that series is not compared with the target because its basis differs.`,
      );
    }
  }
  return sentences;
}
