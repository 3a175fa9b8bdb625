import { simplePage } from "@/app/localized";
import { ComparisonPage } from "@/components/pages/comparison-page";

const route = simplePage("en", ComparisonPage, "comparison");
export const metadata = route.metadata;
export default route.Page;
