"use client";
import { useSearchParams } from "next/navigation";
import { useCallback, useEffect, useState } from "react";

/**
 * One piece of view state kept in the URL query, so a copied link reopens exactly what was on
 * screen. The value is held locally too, so a click shows at once; the URL is updated with
 * history.replaceState, which neither reloads the page nor asks the server for anything, so it
 * works the same in the static export. Back/forward or a link changing the query is followed.
 */
export function useUrlParam(name: string): [string | null, (value: string | null) => void] {
  const params = useSearchParams();
  const fromUrl = params.get(name);
  const [value, setValue] = useState<string | null>(fromUrl);
  useEffect(() => setValue(fromUrl), [fromUrl]);
  const set = useCallback(
    (next: string | null) => {
      const clean = next === "" ? null : next;
      setValue(clean);
      const url = new URL(window.location.href);
      if (clean === null) url.searchParams.delete(name);
      else url.searchParams.set(name, clean);
      window.history.replaceState(null, "", `${url.pathname}${url.search}${url.hash}`);
    },
    [name],
  );
  return [value, set];
}
