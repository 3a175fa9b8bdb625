"use client";
import { useCallback, useEffect, useState } from "react";

/** Fired on this window whenever a view writes its state to the URL, so other views can follow. */
const EVENT = "pug:urlstate";

function read(name: string): string | null {
  return new URL(window.location.href).searchParams.get(name);
}

/**
 * One piece of view state kept in the URL query, so a copied link reopens exactly what was on
 * screen. The server renders the default view (pages are pre-rendered, there is no query there); the
 * URL's value is applied once the page is running, and followed on back/forward. Writing uses
 * history.replaceState: no reload, no request, the same in the static export.
 */
export function useUrlParam(name: string): [string | null, (value: string | null) => void] {
  const [value, setValue] = useState<string | null>(null);
  useEffect(() => {
    const sync = () => setValue(read(name));
    sync();
    window.addEventListener("popstate", sync);
    window.addEventListener(EVENT, sync);
    return () => {
      window.removeEventListener("popstate", sync);
      window.removeEventListener(EVENT, sync);
    };
  }, [name]);
  const set = useCallback(
    (next: string | null) => {
      const clean = next === "" ? null : next;
      setValue(clean);
      const url = new URL(window.location.href);
      if (clean === null) url.searchParams.delete(name);
      else url.searchParams.set(name, clean);
      window.history.replaceState(null, "", `${url.pathname}${url.search}${url.hash}`);
      window.dispatchEvent(new Event(EVENT));
    },
    [name],
  );
  return [value, set];
}
