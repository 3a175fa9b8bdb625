"use client";
import { useSearchParams } from "next/navigation";
import { useCallback } from "react";

/**
 * One piece of view state kept in the URL query, so a copied link reopens exactly what was on
 * screen. Uses history.replaceState (which Next's useSearchParams follows), so changing it neither
 * reloads the page nor asks the server for anything: it works the same in the static export.
 */
export function useUrlParam(name: string): [string | null, (value: string | null) => void] {
  const params = useSearchParams();
  const value = params.get(name);
  const set = useCallback(
    (next: string | null) => {
      const url = new URL(window.location.href);
      if (next === null || next === "") url.searchParams.delete(name);
      else url.searchParams.set(name, next);
      window.history.replaceState(window.history.state, "", `${url.pathname}${url.search}${url.hash}`);
    },
    [name],
  );
  return [value, set];
}
