/**
 * How current the data is: the latest year data/ holds for a region on each index, and the later
 * years BPS's release calendar (releases.csv) says are already published, at the region's own level
 * or above, but data/ does not hold yet. Those are listed as "not loaded", never as figures.
 */
import type { CalendarDate } from "@/lib/data/schemas";
import type { Dataset } from "@/lib/data/validate";
import { headlineIndicators, observationsOf } from "./observations";
import { referenceRegions } from "./rank";

export interface ReleaseRef {
  /** Where BPS released it: the region itself, its province or the nation (0000). */
  region: string;
  date: CalendarDate;
  source: string;
}

export interface NotLoaded {
  dataYear: number;
  releases: ReleaseRef[];
}

export interface Freshness {
  indicator: string;
  /** The latest year with a value for the region, any series; null when there is none. */
  held: number | null;
  notLoaded: NotLoaded[];
  /** Whether the calendar has any dated release of this index: without one, nothing can be said to be missing. */
  calendarKnown: boolean;
}

/** Days since year 0, for comparing calendar dates (a month without a day counts from its first). */
function dayNumber(d: CalendarDate): number {
  return d.year * 372 + (d.month - 1) * 31 + (d.day ?? 1);
}

export function isOnOrBefore(a: CalendarDate, b: CalendarDate): boolean {
  return dayNumber(a) <= dayNumber(b);
}

/** Per headline index: the latest year held for `region`, and the later years released by `today` but not loaded. */
export function freshness(d: Dataset, region: string, today: CalendarDate): Freshness[] {
  const levels = new Set([region, ...referenceRegions(d, region).map((r) => r.code)]);
  return headlineIndicators(d).map((indicator) => {
    const years = observationsOf(d, region, indicator.code)
      .filter((o) => o.value !== null)
      .map((o) => o.year);
    const held = years.length ? Math.max(...years) : null;
    const byYear = new Map<number, ReleaseRef[]>();
    for (const r of d.releases) {
      if (r.indicator !== indicator.code || !levels.has(r.region) || !isOnOrBefore(r.date, today)) continue;
      if (held !== null && r.dataYear <= held) continue;
      byYear.set(r.dataYear, [...(byYear.get(r.dataYear) ?? []), { region: r.region, date: r.date, source: r.source }]);
    }
    return {
      indicator: indicator.code,
      held,
      notLoaded: [...byYear]
        .sort(([a], [b]) => a - b)
        .map(([dataYear, releases]) => ({ dataYear, releases: releases.sort((x, y) => dayNumber(x.date) - dayNumber(y.date)) })),
      calendarKnown: d.releases.some((r) => r.indicator === indicator.code),
    };
  });
}
