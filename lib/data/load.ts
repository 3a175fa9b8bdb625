/**
 * The only module that reads `data/` from disk. Parses and validates once per process (the build
 * renders every page from the same result), and never throws for bad data: callers get the issues
 * and show them, because Next replaces thrown messages in production and file/line would be lost.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { TABLES, TABLE_NAMES, type TableName } from "./schemas";
import { validateFiles, type LoadResult } from "./validate";

/** Folder of the CSV tables; DATA_DIR lets a test or another regency point the app elsewhere. */
export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR ?? path.join(process.cwd(), "data"));
}

export async function readDataFiles(dir: string): Promise<Partial<Record<TableName, Uint8Array | null>>> {
  const entries = await Promise.all(
    TABLE_NAMES.map(async (name) => {
      try {
        return [name, new Uint8Array(await readFile(path.join(/*turbopackIgnore: true*/ dir, TABLES[name].file)))] as const;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "ENOENT") return [name, null] as const;
        throw e;
      }
    }),
  );
  return Object.fromEntries(entries);
}

export async function loadDatasetFrom(dir: string, focusRegion = process.env.FOCUS_REGION): Promise<LoadResult> {
  return validateFiles(await readDataFiles(dir), focusRegion ? { focusRegion } : {});
}

const cache = new Map<string, Promise<LoadResult>>();

/** The validated dataset of this process, read once. */
export function loadDataset(): Promise<LoadResult> {
  const dir = dataDir();
  let result = cache.get(dir);
  if (!result) {
    result = loadDatasetFrom(dir);
    cache.set(dir, result);
  }
  return result;
}
