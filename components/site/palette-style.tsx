import { paletteCss } from "@/lib/chart/style";

/** The stylesheet's colours, from the one palette the charts, pictures and PowerPoint files use. */
export function PaletteStyle() {
  return <style>{paletteCss()}</style>;
}
