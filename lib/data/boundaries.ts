/**
 * Boundaries of the regencies and cities for the map: `data/peta/kalsel-kabkota.geojson`, polygons
 * keyed by BPS code (`wilayah_id`). Optional: without the file the map says it is not available; a
 * file that does not have the expected shape is reported with what to do, never half drawn.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

export const BOUNDARIES_FILE = path.join("peta", "kalsel-kabkota.geojson");

/** [longitude, latitude] */
export type Position = [number, number];
/** Rings of one polygon: the outline first, then holes. */
export type PolygonRings = Position[][];

export interface Boundary {
  code: string;
  name: string;
  polygons: PolygonRings[];
}

const position = z.tuple([z.number(), z.number()]).rest(z.number());
const rings = z.array(z.array(position).min(4));
const feature = z.object({
  properties: z.object({ wilayah_id: z.string().regex(/^\d{4}$/), nama: z.string().min(1) }),
  geometry: z.discriminatedUnion("type", [
    z.object({ type: z.literal("Polygon"), coordinates: rings }),
    z.object({ type: z.literal("MultiPolygon"), coordinates: z.array(rings) }),
  ]),
});
const collection = z.object({ type: z.literal("FeatureCollection"), features: z.array(feature).min(1) });

export type BoundariesResult =
  { ok: true; boundaries: Boundary[] } | { ok: false; problem: string } | { ok: false; problem: null };

/** Parses the GeoJSON text; `problem` names the file, the first wrong field and what to do. */
export function parseBoundaries(file: string, text: string): BoundariesResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, problem: `${file}: not valid JSON (${(e as Error).message}). Export the map again as GeoJSON.` };
  }
  const r = collection.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    return {
      ok: false,
      problem: `${file}: ${issue.path.join(".")}: ${issue.message}. Each feature needs properties.wilayah_id (4-digit BPS code), properties.nama and a Polygon or MultiPolygon.`,
    };
  }
  return {
    ok: true,
    boundaries: r.data.features.map((f) => ({
      code: f.properties.wilayah_id,
      name: f.properties.nama,
      polygons: (f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates).map((poly) =>
        poly.map((ring) => ring.map((p) => [p[0], p[1]] as Position)),
      ),
    })),
  };
}

const cache = new Map<string, Promise<BoundariesResult>>();

/** The boundaries of a data folder, read and checked once per process (every page of a build shares them). */
export function loadBoundaries(dataDir: string): Promise<BoundariesResult> {
  let result = cache.get(dataDir);
  if (!result) {
    result = readBoundaries(dataDir);
    cache.set(dataDir, result);
  }
  return result;
}

async function readBoundaries(dataDir: string): Promise<BoundariesResult> {
  const file = path.join(/*turbopackIgnore: true*/ dataDir, BOUNDARIES_FILE);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return { ok: false, problem: null };
  }
  return parseBoundaries(BOUNDARIES_FILE, text);
}
