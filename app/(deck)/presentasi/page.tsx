import { deckRoute } from "@/app/localized";

export default deckRoute("id").Page;
