import type { Metadata } from "next";

export const metadata: Metadata = { title: "Blank", robots: { index: false } };

/** A page with nothing but the framework: the floor the JavaScript budget of every route is measured against (bench/js-size.ts). */
export default function BlankLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
