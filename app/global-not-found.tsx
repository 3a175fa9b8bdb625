import type { Metadata } from "next";
import Link from "next/link";
import { PaletteStyle } from "@/components/site/palette-style";
import "./globals.css";

export const metadata: Metadata = { title: "Halaman tidak ditemukan · Page not found" };

/** Any URL that matches no route. Both languages, since the language of an unknown URL is unknown. */
export default function GlobalNotFound() {
  return (
    <html lang="id">
      <body>
        <PaletteStyle />
        <main id="isi">
          <h1>Halaman tidak ditemukan</h1>
          <p className="page-lead">Alamat ini tidak ada di dasbor. Periksa ejaannya, atau mulai dari ringkasan.</p>
          <p>
            <Link href="/">Ke ringkasan</Link>
          </p>
          <div lang="en">
            <h2>Page not found</h2>
            <p>This address does not exist in the dashboard. Check the spelling, or start from the overview.</p>
            <p>
              <Link href="/en">Go to the overview</Link>
            </p>
          </div>
        </main>
      </body>
    </html>
  );
}
