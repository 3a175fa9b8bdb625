"use client";
/**
 * What only the browser knows, for a printed page: the page's title, its address (with the view in
 * its query) and the date it is printed. Shown in print only; filled when the page runs and again
 * just before printing.
 */
import { useEffect, useState } from "react";
import type { ClientText } from "@/lib/i18n/dictionary";
import { formatDate, today } from "@/lib/format/date";
import type { Lang } from "@/lib/i18n/lang";
import { fill } from "@/lib/i18n/template";

export function PrintStamp({ lang, text }: { lang: Lang; text: ClientText["print"] }) {
  const [stamp, setStamp] = useState<{ title: string; url: string; date: string } | null>(null);
  useEffect(() => {
    const update = () =>
      setStamp({
        title: document.title,
        url: window.location.href,
        date: formatDate(today(), lang),
      });
    update();
    window.addEventListener("beforeprint", update);
    return () => window.removeEventListener("beforeprint", update);
  }, [lang]);
  return stamp ? (
    <p className="print-stamp">
      {stamp.title} · {stamp.url} · {fill(text.printed, { date: stamp.date })}
    </p>
  ) : null;
}
