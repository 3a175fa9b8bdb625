import { simplePage } from "@/app/localized";
import { InstitutionsPage } from "@/components/pages/institutions-page";

const route = simplePage("id", InstitutionsPage, "institutions");
export const metadata = route.metadata;
export default route.Page;
