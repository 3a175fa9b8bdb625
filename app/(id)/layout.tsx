import { siteLayout } from "@/app/localized";
import "@/app/globals.css";

const route = siteLayout("id");
export const metadata = route.metadata;
export default route.Layout;
