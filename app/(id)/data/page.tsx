import { simplePage } from "@/app/localized";
import { DataPage } from "@/components/pages/data-page";

const route = simplePage("id", DataPage, "data");
export const metadata = route.metadata;
export default route.Page;
