/** Where the region stands among the regencies and cities: the map (any year), the rank over time and the distance to the leaders. */
import { MapChart } from "@/components/charts/map-chart";
import { RankHistoryChart } from "@/components/charts/rank-history-chart";
import { PickerNav } from "@/components/site/picker-nav";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import type { RegionalModel } from "@/lib/view/regional";
import { LeaderGaps } from "./leader-gaps";

export function RegionalSection({
  m,
  lang,
  decimals,
  place,
  yearLinks = true,
}: {
  m: RegionalModel;
  lang: Lang;
  decimals: number;
  place: string;
  /** Links to the map of other years (off where the page's own year picker does it). */
  yearLinks?: boolean;
}) {
  const t = dict(lang);
  return (
    <>
      {m.map.view ? (
        <MapChart map={m.map.view} lang={lang} decimals={decimals} headingLevel={2} />
      ) : (
        <p className="notice" data-testid="map-unavailable">
          {m.map.problem}
        </p>
      )}
      {yearLinks && m.map.yearLinks.length > 1 ? (
        <PickerNav label={t.map.otherYears} links={m.map.yearLinks.map((l) => ({ ...l, text: String(l.year) }))} />
      ) : null}
      {m.gaps ? <LeaderGaps gaps={m.gaps} lang={lang} /> : null}
      {m.rankChart ? <RankHistoryChart chart={m.rankChart} lang={lang} place={place} axisLabel={t.regional.rankAxis} /> : null}
    </>
  );
}
