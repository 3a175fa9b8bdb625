import { simplePage } from "@/app/localized";
import { OverviewPage } from "@/components/pages/overview-page";

const route = simplePage("en", OverviewPage, "overview");
export const metadata = route.metadata;
export default route.Page;
