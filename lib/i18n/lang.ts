/** The two interface languages: Bahasa Indonesia first (at /), English second (at /en). */
export type Lang = "id" | "en";
export const LANGS: readonly Lang[] = ["id", "en"];

/** The other language: the target of the language switch. */
export function otherLang(lang: Lang): Lang {
  return lang === "id" ? "en" : "id";
}

/** Path of a page in a language: "/indikator/ikg" → "/en/indikator/ikg". */
export function localePath(lang: Lang, path: string): string {
  const clean = path.startsWith("/") ? path : `/${path}`;
  if (lang === "id") return clean;
  return clean === "/" ? "/en" : `/en${clean}`;
}

/** The same page in the other language, keeping everything after the language prefix. */
export function switchLangPath(pathname: string, to: Lang): string {
  const bare = pathname === "/en" ? "/" : pathname.startsWith("/en/") ? pathname.slice(3) : pathname;
  return localePath(to, bare);
}
