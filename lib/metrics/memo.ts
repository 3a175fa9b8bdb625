/**
 * Per-dataset memoisation for derived figures. A validated dataset never changes, so a result
 * computed once (a ranking, the values of a year) can serve every page of a build: with 514
 * regions the comparison pages would otherwise recompute the same thing thousands of times.
 */
import type { Dataset } from "@/lib/data/validate";

const caches = new WeakMap<Dataset, Map<string, unknown>>();

export function memo<T>(d: Dataset, key: string, compute: () => T): T {
  let cache = caches.get(d);
  if (!cache) {
    cache = new Map();
    caches.set(d, cache);
  }
  if (cache.has(key)) return cache.get(key) as T;
  const value = compute();
  cache.set(key, value);
  return value;
}
