import { simplePage } from "@/app/localized";
import { OverviewPage } from "@/components/pages/overview-page";

const route = simplePage("id", OverviewPage, "overview");
export const metadata = route.metadata;
export default route.Page;
