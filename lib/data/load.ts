/**
 * The only module that reads `data/` from disk. Parses and validates once per process (the build
 * renders every page from the same result), and never throws for bad data: callers get the issues
 * and show them, because Next replaces thrown messages in production and file/line would be lost.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { TABLES, TABLE_NAMES, type TableName } from "./schemas";
import { validateFiles, type FileInput, type LoadResult } from "./validate";

/** Folder of the CSV tables; DATA_DIR lets a test or another regency point the app elsewhere. */
export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR ?? path.join(process.cwd(), "data"));
}

/** Every table's bytes; null for a missing file, the error code for one that cannot be read (a folder, no permission). */
async function readTableFiles(dir: string): Promise<Partial<Record<TableName, FileInput | null>>> {
  const entries = await Promise.all(
    TABLE_NAMES.map(async (name): Promise<readonly [TableName, FileInput | null]> => {
      try {
        return [name, new Uint8Array(await readFile(path.join(/*turbopackIgnore: true*/ dir, TABLES[name].file)))] as const;
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "ENOENT") return [name, null] as const;
        return [name, { unreadable: code ?? String(e) }] as const;
      }
    }),
  );
  return Object.fromEntries(entries);
}

/** The tables' bytes, for code that runs after the folder has validated (downloads, tests). */
export async function readDataFiles(dir: string): Promise<Partial<Record<TableName, Uint8Array | null>>> {
  const files = await readTableFiles(dir);
  for (const [name, f] of Object.entries(files)) if (f && !(f instanceof Uint8Array)) throw new Error(`${name}: cannot be read`);
  return files as Partial<Record<TableName, Uint8Array | null>>;
}

export async function loadDatasetFrom(dir: string, focusRegion = process.env.FOCUS_REGION): Promise<LoadResult> {
  return validateFiles(await readTableFiles(dir), focusRegion ? { focusRegion } : {});
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
