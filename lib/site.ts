/**
 * The one way a route loads what it shows: the validated dataset (read once per process by
 * lib/data/load), with the focus region and plan year. Only routes in app/ call it; components get
 * page models built from its result.
 */
import { loadBoundaries } from "@/lib/data/boundaries";
import { dataDir, loadDataset } from "@/lib/data/load";
import { toSiteData, type Site } from "@/lib/view/site";

export async function loadSite(): Promise<Site> {
  const result = await loadDataset();
  if (!result.ok) return { ok: false, issues: result.issues };
  return { ok: true, ...toSiteData(result.dataset, undefined, await loadBoundaries(dataDir())) };
}
