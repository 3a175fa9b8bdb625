import { deckRoute } from "@/app/localized";

export default deckRoute("en").Page;
