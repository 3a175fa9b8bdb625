import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import type { RankingView } from "@/lib/view/ranking";
import { ChartFrame } from "./chart-frame";
import { RankingChart, rankingHeight } from "./ranking-chart";

/** The ranking chart in its frame, as the indicator and comparison pages both show it. */
export function RankingFigure({
  ranking: r,
  year,
  decimals,
  focusName,
  lang,
  headingLevel,
}: {
  ranking: RankingView & { subtitle: string; sources: string[] };
  year: number;
  decimals: number;
  focusName: string;
  lang: Lang;
  headingLevel?: 2 | 3;
}) {
  return (
    <ChartFrame
      id="grafik-peringkat"
      headingLevel={headingLevel}
      lang={lang}
      title={r.title}
      subtitle={r.subtitle}
      summary={r.summary}
      sources={r.sources}
      lastYear={year}
      rows={r.rows}
      decimals={decimals}
      height={rankingHeight(r.bars.length) + 32}
      maxHeight={640}
      withRole
      file={{ place: focusName, kind: "ranking" }}
    >
      <RankingChart
        lang={lang}
        decimals={decimals}
        bars={r.bars}
        references={r.references}
        focusLabel={focusName}
        othersLabel={dict(lang).indicatorPage.rankOthers}
      />
    </ChartFrame>
  );
}
