/** An index's components (IKG dimensions, IPM by sex) wherever values are published, and whether the focus region has any. */
import type { Indicator, Region } from "@/lib/data/schemas";
import type { Dataset } from "@/lib/data/validate";
import { sourceShortName } from "@/lib/format/source";
import type { Lang } from "@/lib/i18n/lang";
import { sourceOf } from "@/lib/metrics/observations";
import { regionShortName } from "./labels";

export interface ComponentsModel {
  definitions: { code: string; name: string; definition: string }[];
  focusHasValues: boolean;
  rows: {
    key: string;
    name: string;
    region: string;
    year: number;
    value: number;
    decimals: number;
    percent: boolean;
    source: string;
  }[];
}

export function componentsModel(d: Dataset, indicator: Indicator, focus: Region, lang: Lang): ComponentsModel | null {
  const components = d.indicators.filter((i) => i.parent === indicator.code);
  if (components.length === 0) return null;
  const byCode = new Map(components.map((c) => [c.code, c]));
  const observations = d.observations
    .filter((o): o is typeof o & { value: number } => byCode.has(o.indicator) && o.value !== null)
    .sort((a, b) => a.indicator.localeCompare(b.indicator) || a.region.localeCompare(b.region) || a.year - b.year);
  return {
    definitions: components.map((c) => ({ code: c.code, name: c.name[lang], definition: c.definition[lang] })),
    focusHasValues: observations.some((o) => o.region === focus.code),
    rows: observations.map((o, i) => {
      const c = byCode.get(o.indicator)!;
      return {
        key: String(i),
        name: c.name[lang],
        region: regionShortName(d, o.region),
        year: o.year,
        value: o.value,
        decimals: c.decimals,
        percent: c.unit.en === "percent",
        source: sourceShortName(sourceOf(d, o.source), lang),
      };
    }),
  };
}
