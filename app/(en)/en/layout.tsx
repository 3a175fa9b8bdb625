import { siteLayout } from "@/app/localized";
import "@/app/globals.css";

const route = siteLayout("en");
export const metadata = route.metadata;
export default route.Layout;
