import Link from "next/link";
import { localePath, type Lang } from "@/lib/i18n/lang";

/** Shown when a page exists but its parameter does not (e.g. /indikator/xyz): says what is valid. */
export function NotFoundPage({ lang }: { lang: Lang }) {
  const id = lang === "id";
  return (
    <>
      <h1>{id ? "Halaman tidak ditemukan" : "Page not found"}</h1>
      <p className="page-lead">
        {id
          ? "Indikator, wilayah, tahun, atau slide yang diminta tidak ada di data dasbor."
          : "The indicator, region, year or slide requested is not in the dashboard's data."}
      </p>
      <ul>
        <li>
          <Link href={localePath(lang, "/")}>{id ? "Ringkasan" : "Overview"}</Link>
        </li>
        <li>
          <Link href={localePath(lang, "/indikator/ipm")}>IPM</Link> · <Link href={localePath(lang, "/indikator/ipg")}>IPG</Link>{" "}
          · <Link href={localePath(lang, "/indikator/idg")}>IDG</Link> ·{" "}
          <Link href={localePath(lang, "/indikator/ikg")}>IKG</Link>
        </li>
      </ul>
    </>
  );
}
