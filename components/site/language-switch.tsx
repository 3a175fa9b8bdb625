"use client";
import { usePathname } from "next/navigation";
import { switchLangPath, type Lang } from "@/lib/i18n/lang";

/** Link to the same view in the other language; the URL state (query, hash) is carried over when clicked. */
export function LanguageSwitch({ to, text, label }: { to: Lang; text: string; label: string }) {
  const href = switchLangPath(usePathname(), to);
  return (
    <a
      className="lang-switch"
      href={href}
      hrefLang={to}
      lang={to}
      title={label}
      onClick={(e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        // A full load, not a client navigation: the other language is another root layout.
        window.location.assign(new URL(`${href}${window.location.search}${window.location.hash}`, window.location.href).href);
      }}
    >
      {text}
    </a>
  );
}
