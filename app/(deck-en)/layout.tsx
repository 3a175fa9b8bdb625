import type { Metadata } from "next";
import "../globals.css";

export const metadata: Metadata = { title: "Presentation · PUG Dashboard" };

/** The deck has its own document: no site header or footer, nothing but the slides. */
export default function DeckLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className="deck-document">
      <body>{children}</body>
    </html>
  );
}
