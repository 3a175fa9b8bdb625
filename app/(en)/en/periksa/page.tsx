import { simplePage } from "@/app/localized";
import { CheckPage } from "@/components/pages/check-page";

const route = simplePage("en", CheckPage, "check");
export const metadata = route.metadata;
export default route.Page;
