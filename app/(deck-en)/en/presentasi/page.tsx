import { DeckPage } from "@/components/deck/deck-page";

export default function Page() {
  return <DeckPage lang="en" />;
}
