/**
 * A small report for the tests, the sample script and the timing: Kotabaru's four indices, written
 * out by hand in both languages as a page model would give them (text already formatted). The
 * values are the dashboard's data at the time of writing; projections, gaps and ranks are shaped
 * like the real ones but are not checked against the data, so this is no report to hand anyone.
 */
import type { Lang } from "@/lib/i18n/lang";
import type { ReportBlock, ReportFigure, ReportModel, ReportSection, ReportTable } from "./report-model";

export type IndexCode = "IPM" | "IPG" | "IDG" | "IKG";
export const INDEX_CODES: readonly IndexCode[] = ["IPM", "IPG", "IDG", "IKG"];
export type ChartKind = "trend" | "ranking" | "national";
export const CHART_KINDS: readonly ChartKind[] = ["trend", "ranking", "national"];

/** A picture drawn for the report; the fixture adds its alt text and caption. */
export type FixturePicture = Pick<ReportFigure, "png" | "widthPx" | "heightPx" | "widthCm">;
export type PictureOf = (code: IndexCode, kind: ChartKind) => FixturePicture;

type Both = Record<Lang, string>;
const say = (lang: Lang, both: Both) => both[lang];

/** Per index: [id, en] of the latest value as the page shows it, and its year. */
const LATEST: Record<IndexCode, { year: string; value: Both; target: Both; gap: Both; status: Both; rank: [string, string] }> = {
  IPM: {
    year: "2024",
    value: { id: "70,61", en: "70.61" },
    target: { id: "75,37", en: "75.37" },
    gap: { id: "2,79", en: "2.79" },
    status: { id: "Perlu percepatan", en: "Needs acceleration" },
    rank: ["11 dari 13", "11 of 13"],
  },
  IPG: {
    year: "2023",
    value: { id: "85,05", en: "85.05" },
    target: { id: "belum ditetapkan", en: "not yet set" },
    gap: { id: "–", en: "–" },
    status: { id: "Tanpa target", en: "No target" },
    rank: ["13 dari 13", "13 of 13"],
  },
  IDG: {
    year: "2023",
    value: { id: "75,95", en: "75.95" },
    target: { id: "belum ditetapkan", en: "not yet set" },
    gap: { id: "–", en: "–" },
    status: { id: "Tanpa target", en: "No target" },
    rank: ["6 dari 13", "6 of 13"],
  },
  IKG: {
    year: "2023",
    value: { id: "0,571", en: "0.571" },
    target: { id: "0,450", en: "0.450" },
    gap: { id: "0,121", en: "0.121" },
    status: { id: "Menjauh", en: "Moving away" },
    rank: ["12 dari 13", "12 of 13"],
  },
};

const SOURCE: Record<IndexCode, Both> = {
  IPM: {
    id: "BPS, Indeks Pembangunan Manusia menurut kabupaten/kota, 2015–2024.",
    en: "BPS, Human Development Index by regency/city, 2015–2024.",
  },
  IPG: {
    id: "BPS, Indeks Pembangunan Gender menurut kabupaten/kota, 2017–2023.",
    en: "BPS, Gender Development Index by regency/city, 2017–2023.",
  },
  IDG: {
    id: "BPS, Indeks Pemberdayaan Gender menurut kabupaten/kota, 2016–2023.",
    en: "BPS, Gender Empowerment Index by regency/city, 2016–2023.",
  },
  IKG: {
    id: "BPS, Indeks Ketimpangan Gender menurut kabupaten/kota, 2018–2023.",
    en: "BPS, Gender Inequality Index by regency/city, 2018–2023.",
  },
};

function scorecardTable(lang: Lang): ReportTable {
  const header =
    lang === "id"
      ? ["Indeks", "Nilai resmi", "Tahun", "Target 2029", "Selisih", "Status", "Peringkat di Kalsel"]
      : ["Index", "Official value", "Year", "2029 target", "Gap", "Status", "Rank in South Kalimantan"];
  return {
    caption: lang === "id" ? "Posisi menuju 2029, Kabupaten Kotabaru" : "Position toward 2029, Kotabaru Regency",
    header,
    rows: INDEX_CODES.map((code) => {
      const x = LATEST[code];
      return [
        code,
        say(lang, x.value),
        x.year,
        say(lang, x.target),
        say(lang, x.gap),
        say(lang, x.status),
        x.rank[lang === "id" ? 0 : 1],
      ];
    }),
    align: ["start", "end", "end", "end", "end", "start", "start"],
  };
}

function figureBlock(lang: Lang, code: IndexCode, kind: ChartKind, picture: PictureOf): ReportBlock {
  const what: Record<ChartKind, Both> = {
    trend: { id: `Tren ${code} Kabupaten Kotabaru dan target 2029`, en: `${code} trend of Kotabaru Regency and the 2029 target` },
    ranking: {
      id: `${code} kabupaten/kota di Kalimantan Selatan, ${LATEST[code].year}`,
      en: `${code} of the regencies and cities of South Kalimantan, ${LATEST[code].year}`,
    },
    national: { id: `${code} Kotabaru di antara 514 kabupaten/kota`, en: `Kotabaru's ${code} among 514 regencies and cities` },
  };
  const title = say(lang, what[kind]);
  const description =
    lang === "id"
      ? `${title}. Nilai Kotabaru ${say(lang, LATEST[code].value)} pada ${LATEST[code].year}.`
      : `${title}. Kotabaru's value ${say(lang, LATEST[code].value)} in ${LATEST[code].year}.`;
  return { kind: "figure", figure: { ...picture(code, kind), alt: { title, description }, caption: title } };
}

function indexSection(lang: Lang, code: IndexCode, picture: PictureOf): ReportSection {
  const x = LATEST[code];
  const value = say(lang, x.value);
  const lead =
    lang === "id"
      ? `${code} Kabupaten Kotabaru ${x.year} sebesar ${value}`
      : `Kotabaru Regency's ${code} in ${x.year} was ${value}`;
  return {
    heading: code,
    blocks: [
      {
        kind: "paragraph",
        text: [
          { text: lead, footnote: say(lang, SOURCE[code]) },
          {
            text: lang === "id" ? `; peringkat ${x.rank[0]} di Kalimantan Selatan.` : `; rank ${x.rank[1]} in South Kalimantan.`,
          },
        ],
      },
      figureBlock(lang, code, "trend", picture),
      { kind: "heading", text: lang === "id" ? "Posisi di Kalimantan Selatan" : "Position in South Kalimantan" },
      figureBlock(lang, code, "ranking", picture),
      { kind: "heading", text: lang === "id" ? "Konteks nasional" : "National context" },
      figureBlock(lang, code, "national", picture),
    ],
  };
}

function notesSection(lang: Lang): ReportSection {
  const id = lang === "id";
  return {
    heading: id ? "Catatan data untuk rapat" : "Data notes for the meeting",
    blocks: [
      {
        kind: "bullets",
        items: id
          ? [
              [{ text: "Baseline IKG 2023: ", bold: true }, { text: "makalah 0,551, BPS 0,571. Mohon konfirmasi." }],
              "Metode IPM berubah pada 2021 (UHH-LF2020); seri lama dan baru tidak disambung.",
            ]
          : [
              [{ text: "IKG baseline 2023: ", bold: true }, { text: "paper 0.551, BPS 0.571. Please confirm." }],
              "The IPM method changed in 2021 (UHH-LF2020); the old and new series are not joined.",
            ],
      },
    ],
  };
}

/** The fixture report in a language, its charts drawn by `picture`. */
export function fixtureReport(lang: Lang, picture: PictureOf): ReportModel {
  const id = lang === "id";
  return {
    lang,
    words: id ? { figure: "Gambar", table: "Tabel" } : { figure: "Figure", table: "Table" },
    creator: id ? "Dasbor PUG Kotabaru" : "Kotabaru PUG dashboard",
    titleBlock: {
      title: id
        ? "Pengarusutamaan Gender Kabupaten Kotabaru: posisi menuju 2029"
        : "Gender mainstreaming in Kotabaru Regency: position toward 2029",
      region: {
        label: id ? "Wilayah" : "Region",
        value: id ? "Kabupaten Kotabaru, Kalimantan Selatan" : "Kotabaru Regency, South Kalimantan",
      },
      date: { label: id ? "Tanggal" : "Date", value: id ? "30 November 2026" : "30 November 2026" },
      dataAsOf: {
        label: id ? "Data sampai" : "Data as of",
        facts: INDEX_CODES.map((c) => ({ label: c, value: LATEST[c].year })),
      },
      address: {
        label: id ? "Alamat dasbor" : "Dashboard address",
        url: id ? "https://pug-kotabaru.example/" : "https://pug-kotabaru.example/en",
      },
    },
    scorecard: {
      heading: id ? "Posisi menuju 2029" : "Position toward 2029",
      lead: id
        ? "Dua dari empat indeks punya target 2029 dalam RPJMD."
        : "Two of the four indices have a 2029 target in the RPJMD.",
      table: scorecardTable(lang),
    },
    sections: [...INDEX_CODES.map((code) => indexSection(lang, code, picture)), notesSection(lang)],
    sources: {
      heading: id ? "Sumber" : "Sources",
      items: [
        ...INDEX_CODES.map((code) => ({ text: say(lang, SOURCE[code]), url: "https://www.bps.go.id/" })),
        { text: "Refansyah, Apriliani, Hidayat, Implementasi Pengarusutamaan Gender dalam Pembangunan di Kabupaten Kotabaru." },
      ],
    },
  };
}
