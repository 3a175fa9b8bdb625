/**
 * The one way a route loads what it shows: the validated dataset (read once per process by
 * lib/data/load), with the focus region and plan year. Only routes in app/ call it; components get
 * page models built from its result.
 */
import { loadDataset } from "@/lib/data/load";
import { toSiteData, type Site } from "@/lib/view/site";

export async function loadSite(): Promise<Site> {
  const result = await loadDataset();
  return result.ok ? { ok: true, ...toSiteData(result.dataset) } : { ok: false, issues: result.issues };
}
