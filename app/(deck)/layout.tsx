import { deckRoute } from "@/app/localized";
import "@/app/globals.css";

const route = deckRoute("id");
export const metadata = route.metadata;
export default route.Layout;
