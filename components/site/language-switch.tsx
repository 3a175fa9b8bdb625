"use client";
import { usePathname, useSearchParams } from "next/navigation";
import { switchLangPath, type Lang } from "@/lib/i18n/lang";

/** Link to the same view in the other language, keeping the URL state (query and hash). */
export function LanguageSwitch({ to, text, label }: { to: Lang; text: string; label: string }) {
  const pathname = usePathname();
  const search = useSearchParams();
  const query = search.toString();
  const href = `${switchLangPath(pathname, to)}${query ? `?${query}` : ""}`;
  return (
    <a className="lang-switch" href={href} hrefLang={to} lang={to} title={label}>
      {text}
    </a>
  );
}
