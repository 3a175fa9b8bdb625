import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { strFromU8, unzipSync } from "fflate";
import { miniDataset } from "@/lib/data/test-fixture";
import { buildDeck } from "./deck";
import { titleFontSize, writePptx } from "@/lib/export/pptx";
import { deckPresentation, differenceBars } from "./deck-file";
import { toSiteData } from "./site";

const asOf = { year: 2026, month: 11, day: 30 };
const kotabaru = toSiteData(miniDataset(), asOf);
const pptxParts = async (lang: "id" | "en") => unzipSync(await writePptx(deckPresentation(buildDeck(kotabaru, lang))));
/** The text of a slide or notes part, runs joined. */
const xmlText = (bytes: Uint8Array) => [...strFromU8(bytes).matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join("");

describe("buildDeck", () => {
  it("Kotabaru: the scorecard first, each index's trend (with a target) and rank, what to confirm, institutions, sources; every slide has notes", () => {
    const deck = buildDeck(kotabaru, "id");
    assert.deepEqual(
      deck.slides.map((s) => s.kind),
      ["scorecard", "indicator", "rank", "rank", "rank", "indicator", "rank", "decisions", "institutions", "sources"],
    );
    for (const s of deck.slides) {
      if ("source" in s && s.kind !== "decisions") assert.match(s.source, /^Sumber: /);
      assert.ok(s.notes.length > 0, `${s.kind} has speaker notes`);
    }
    const first = deck.slides[0]!;
    assert.ok(first.kind === "scorecard");
    assert.equal(first.title, "Posisi menuju 2029 · Kabupaten Kotabaru");
    assert.match(first.sentence, /^0 dari 2 target 2029 di jalur/);
  });

  it("IKG's slide says what the target needs; IPG's leads with its rank and the missing target", () => {
    const deck = buildDeck(kotabaru, "id");
    const ikg = deck.slides.find((s) => s.kind === "indicator" && s.code === "IKG");
    assert.ok(ikg && ikg.kind === "indicator");
    assert.equal(ikg.status, "stalled");
    // Lower is better: the title says "turun 0,0202", not "−0,0202".
    assert.match(ikg.title, /perlu turun 0,0202 poin per tahun untuk mencapai 0,450 pada 2029/);
    const ipg = deck.slides.find((s) => s.kind === "rank" && s.code === "IPG");
    assert.ok(ipg && ipg.kind === "rank");
    assert.equal(ipg.title, "IPG Kotabaru terendah di Provinsi Kalimantan Selatan (5 dari 5); target 2029 belum ditetapkan");
    assert.ok(ipg.bars.some((b) => b.focus && b.label === "Kotabaru"));
    const ipmRank = deck.slides.find((s) => s.kind === "rank" && s.code === "IPM");
    assert.ok(ipmRank && !ipmRank.title.includes("belum ditetapkan"), "an index with a target does not say it has none");
  });

  it("the decisions slide names both baselines to confirm, with the step", () => {
    const d = buildDeck(kotabaru, "en").slides.find((s) => s.kind === "decisions");
    assert.ok(d && d.kind === "decisions");
    assert.equal(d.title, "To confirm: the IPM and IKG baselines");
    assert.match(
      d.items[1]!.step,
      /^Ask BAPPERIDA and BPS Kotabaru to confirm the value and year of the IKG baseline \(0\.551 or 0\.571\)/,
    );
  });

  it("another regency (Tabalong) gets the same deck about Tabalong: no targets, so every index leads with its rank", () => {
    const tabalong = toSiteData(
      miniDataset((f) => ({ settings: f.settings.replace("6302", "6309") })),
      asOf,
    );
    const deck = buildDeck(tabalong, "en");
    assert.ok(deck.slides[0]!.kind === "scorecard" && deck.slides[0]!.title.includes("Kabupaten Tabalong"));
    assert.deepEqual(
      deck.slides.flatMap((s) => (s.kind === "rank" || s.kind === "indicator" ? [s.kind] : [])),
      ["rank", "rank", "rank", "rank"],
    );
  });

  it("the PowerPoint file: every slide with its narrative in the speaker notes", async () => {
    const deck = buildDeck(kotabaru, "id");
    const parts = await pptxParts("id");
    const notes = Object.keys(parts).filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n));
    assert.equal(notes.length, deck.slides.length);
    const ikg = deck.slides.findIndex((s) => s.kind === "indicator" && s.code === "IKG");
    const text = xmlText(parts[`ppt/notesSlides/notesSlide${ikg + 1}.xml`]!);
    assert.ok(text.includes(deck.slides[ikg]!.notes[0]!), text);
  });

  it("PowerPoint language tags: id-ID throughout the Indonesian deck, charts included; en-US in the English one", async () => {
    const id = await pptxParts("id");
    const xml = Object.entries(id)
      .filter(([n]) => n.endsWith(".xml"))
      .map(([, b]) => strFromU8(b));
    assert.ok(!xml.some((x) => /\slang="en-US"|<c:lang val="en-US"/.test(x)), "no en-US tag left");
    const slide = strFromU8(id["ppt/slides/slide1.xml"]!);
    assert.match(slide, /lang="id-ID"/);
    const chart = Object.keys(id).find((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))!;
    assert.match(strFromU8(id[chart]!), /<c:lang val="id-ID"\/>/);
    assert.match(strFromU8((await pptxParts("en"))["ppt/slides/slide1.xml"]!), /lang="en-US"/);
  });

  it("chart data is rounded to the index's decimals (no 72.75999999999996 in the data sheet)", async () => {
    const parts = await pptxParts("id");
    for (const [name, bytes] of Object.entries(parts).filter(([n]) => /^ppt\/charts\/chart\d+\.xml$/.test(n))) {
      const values = [...strFromU8(bytes).matchAll(/<c:v>(-?\d+\.\d+)<\/c:v>/g)].map((m) => m[1]!);
      for (const v of values) assert.ok(v.split(".")[1]!.length <= 3, `${name}: ${v}`);
    }
  });

  it("each ranking chart: differences from the province, best first, Indonesia drawn, the region's own bar apart", () => {
    const ipm = buildDeck(kotabaru, "id").slides.find((s) => s.kind === "rank" && s.code === "IPM");
    assert.ok(ipm && ipm.kind === "rank");
    const chart = differenceBars(ipm)!;
    assert.equal(chart.province.value, 75.19);
    const focus = chart.items.find((x) => x.kind === "focus")!;
    assert.equal(focus.diff, Number((ipm.bars.find((b) => b.focus)!.value - 75.19).toFixed(2)));
    assert.deepEqual(
      chart.items.filter((x) => x.kind === "national").map((x) => [x.label, x.diff]),
      [["Indonesia", -0.17]],
    );
    const diffs = chart.items.map((x) => x.diff);
    assert.deepEqual(
      diffs,
      [...diffs].sort((a, b) => b - a),
    );
    const ikg = buildDeck(kotabaru, "id").slides.find((s) => s.kind === "rank" && s.code === "IKG");
    assert.ok(ikg && ikg.kind === "rank");
    const lowerFirst = differenceBars(ikg)!.items.map((x) => x.diff);
    assert.deepEqual(
      lowerFirst,
      [...lowerFirst].sort((a, b) => a - b),
      "IKG: lower is better, so lowest first",
    );
  });

  it("titles fit their box: a long English title gets a smaller size, a short one the full size", () => {
    const box = { w: 12.33, h: 0.9 };
    assert.equal(titleFontSize("Kotabaru's IKG: stalled", box, 24), 24);
    const long =
      "Kotabaru's IPM needs acceleration: it must rise 0.952 points a year to reach 75.37 by 2029, on the old method continued, the basis of the RPJMD target";
    const pt = titleFontSize(long, box, 24);
    assert.ok(pt < 24 && pt >= 14, String(pt));
  });
});
