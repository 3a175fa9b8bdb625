import { NotFoundPage } from "@/components/pages/not-found-page";
import { loadSite } from "@/lib/site";
import { indicatorParams } from "@/lib/view/indicator-page";

export default async function NotFound() {
  const site = await loadSite();
  return <NotFoundPage lang="en" indicators={site.ok ? indicatorParams(site).map((p) => p.kode) : []} />;
}
