"use client";
import type { Lang } from "@/lib/i18n/lang";

/** An unexpected error while showing a page: a plain message and a way back, never the error's details. */
export function ErrorPage({ lang, reset }: { lang: Lang; reset: () => void }) {
  const id = lang === "id";
  return (
    <section className="error-panel" role="alert">
      <h1>{id ? "Halaman ini gagal ditampilkan" : "This page could not be shown"}</h1>
      <p>
        {id
          ? "Terjadi kesalahan yang tidak terduga. Data dasbor tidak berubah."
          : "Something unexpected went wrong. The dashboard's data is unchanged."}
      </p>
      <p>
        <button type="button" onClick={reset}>
          {id ? "Coba lagi" : "Try again"}
        </button>{" "}
        <a href={id ? "/" : "/en"}>{id ? "Ke ringkasan" : "Go to the overview"}</a>
      </p>
    </section>
  );
}
