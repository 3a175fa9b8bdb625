/**
 * What every page is given: the validated dataset, the focus region and the plan's target year.
 * Built once from the loaded dataset (lib/site loads it); every page model takes this.
 */
import type { BoundariesResult } from "@/lib/data/boundaries";
import type { DataIssue } from "@/lib/data/issues";
import type { CalendarDate, Region } from "@/lib/data/schemas";
import { today } from "@/lib/format/date";
import type { Dataset } from "@/lib/data/validate";
import { planYear } from "@/lib/metrics/assess";
import { freshness } from "@/lib/metrics/freshness";
import { headlineIndicators } from "@/lib/metrics/observations";
import { dict } from "@/lib/i18n/dictionary";
import { localePath, type Lang } from "@/lib/i18n/lang";

export interface SiteData {
  dataset: Dataset;
  focus: Region;
  planYear: number;
  /** The day the pages were built: what "published but not loaded yet" is judged against. */
  asOf: CalendarDate;
  /** Boundaries for the map, or why there are none (null: no boundary file). */
  boundaries: BoundariesResult;
}

/** What a route hands a page: the site, or every problem that kept the data from loading. */
export type Site = ({ ok: true } & SiteData) | { ok: false; issues: DataIssue[] };

export function toSiteData(
  d: Dataset,
  asOf: CalendarDate = today(),
  boundaries: BoundariesResult = { ok: false, problem: null },
): SiteData {
  const focus = d.regions.find((r) => r.code === d.settings.focusRegion)!; // validated: the focus region exists
  return { dataset: d, focus, planYear: planYear(d, focus.code), asOf, boundaries };
}

export interface NavItem {
  href: string;
  text: string;
}

export interface SiteNav {
  region: string | null;
  items: NavItem[];
  /** How current the data is: the latest year of the focus region's values per headline index, and the later years BPS has released that data/ does not hold yet. */
  dataThrough: { code: string; year: number; notLoaded: number[] }[];
  /** Where the freshness is explained (the Data & methods page). */
  freshnessHref: string;
}

/** The site header: the focus region's name and the navigation (an indicator link per headline index). */
export function siteNavModel(s: SiteData | null, lang: Lang): SiteNav {
  const t = dict(lang).nav;
  const p = (path: string) => localePath(lang, path);
  const indicators = s
    ? headlineIndicators(s.dataset).map((i) => ({ href: p(`/indikator/${i.code.toLowerCase()}`), text: i.code }))
    : [];
  return {
    region: s?.focus.name ?? null,
    dataThrough: s ? dataThrough(s) : [],
    freshnessHref: p("/data#catatan-rapat"),
    items: [
      { href: p("/"), text: t.overview },
      ...indicators,
      { href: p("/perbandingan"), text: t.comparison },
      { href: p("/kelembagaan"), text: t.institutions },
      { href: p("/data"), text: t.data },
      { href: p("/periksa"), text: t.check },
      { href: p("/presentasi"), text: t.presentation },
    ],
  };
}

function dataThrough(s: SiteData): SiteNav["dataThrough"] {
  return freshness(s.dataset, s.focus.code, s.asOf).flatMap((f) =>
    f.held === null ? [] : [{ code: f.indicator, year: f.held, notLoaded: f.notLoaded.map((n) => n.dataYear) }],
  );
}
