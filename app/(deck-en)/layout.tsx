import { deckRoute } from "@/app/localized";
import "@/app/globals.css";

const route = deckRoute("en");
export const metadata = route.metadata;
export default route.Layout;
