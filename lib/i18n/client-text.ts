/**
 * The few texts client components need (region picker, scenario box, downloads), kept apart from the
 * main dictionary so the browser is not sent every string of the site.
 */
import type { Lang } from "./lang";
import type { Status } from "@/lib/metrics/progress";

const STATUS_ID: Record<Status, string> = {
  achieved: "Tercapai",
  "on-track": "Sesuai jalur",
  "needs-acceleration": "Perlu percepatan",
  stalled: "Stagnan",
  "moving-away": "Menjauh dari target",
  missed: "Tidak tercapai",
  "no-target": "Target belum ditetapkan",
  "insufficient-data": "Data belum cukup",
};
const STATUS_EN: Record<Status, string> = {
  achieved: "Achieved",
  "on-track": "On track",
  "needs-acceleration": "Needs acceleration",
  stalled: "Stalled",
  "moving-away": "Moving away from target",
  missed: "Missed",
  "no-target": "Target not yet set",
  "insufficient-data": "Not enough data",
};

const id = {
  status: STATUS_ID,
  peers: {
    pick: "Wilayah yang ditampilkan",
    filter: "Cari wilayah",
    reset: "Pilihan bawaan",
    all: "Semua",
    none: "Kosongkan",
    series: "Seri metodologi",
    unknown: (codes: string) => `Kode wilayah di alamat tidak dikenal dan diabaikan: ${codes}.`,
    unknownSeries: (code: string) => `Seri "${code}" di alamat tidak dikenal; ditampilkan seri bawaan.`,
    empty: "Belum ada wilayah dipilih. Centang wilayah di sebelah kiri.",
    noValues: (regions: string) => `Belum ada nilai dalam seri ini untuk: ${regions}.`,
  },
  scenario: {
    title: "Coba target (skenario)",
    label: (year: number) => `Target ${year} yang ingin dicoba`,
    hint: "Tulis angka dengan koma atau titik desimal, lalu tekan Enter. Contoh: 88,5.",
    notOfficial:
      "Skenario, bukan target resmi. Nilainya tidak disimpan di mana pun; hanya ada di alamat halaman ini, sehingga tautan dapat dibagikan.",
    notNumber: (v: string) => `"${v}" bukan angka. Tulis mis. 88,5.`,
    outOfRange: (min: string, max: string) => `Nilai di luar rentang indeks (${min}–${max}).`,
    required: "Laju dibutuhkan",
    achieved: (from: number, to: number) => `Laju tercapai ${from}–${to}`,
    projected: (year: number) => `Proyeksi ${year} bila tren berlanjut`,
    perYear: "/tahun",
    clear: "Hapus skenario",
    noPace: "Laju tercapai",
  },
  scatter: {
    yAxis: "Sumbu tegak",
    others: "Kabupaten/kota lain",
    unknownY: (v: string) => `Indikator "${v}" di alamat tidak dikenal; ditampilkan pilihan bawaan.`,
    empty: (x: string, y: string) => `Belum ada wilayah dengan nilai ${x} dan ${y} pada tahun ini.`,
    missing: (list: string) => `Tidak tampil karena salah satu nilai belum tersedia: ${list}.`,
  },
  table: {
    rank: "Peringkat",
    region: "Wilayah",
    level: "Tingkat",
    value: "Nilai",
    change: "Perubahan",
    changeSince: (year: number) => `Perubahan sejak ${year}`,
    source: "Sumber",
    missing: "tidak tersedia",
    pages: "Halaman tabel",
    prevPage: "Sebelumnya",
    nextPage: "Berikutnya",
    pageOf: (page: number, pages: number, rows: number) => `Halaman ${page} dari ${pages} (${rows} wilayah)`,
    toFocus: (name: string) => `Ke ${name}`,
  },
  downloads: {
    group: "Unduh grafik ini",
    label: "Unduh:",
    excel: "CSV (Excel Indonesia)",
    notReady: "Grafik belum selesai digambar; coba lagi sebentar lagi.",
    failed: "Gambar tidak dapat dibuat di peramban ini.",
  },
  checker: {
    tableLabel: "Jenis tabel",
    auto: "Kenali dari judul kolom",
    drop: "Seret berkas CSV ke sini, atau",
    choose: "Pilih berkas CSV",
    private: "Berkas hanya dibaca di peramban ini: tidak dikirim ke mana pun dan tidak disimpan.",
    checking: "Memeriksa…",
    unknownTable: (file: string) =>
      `Jenis tabel ${file} tidak dikenali dari judul kolomnya. Pilih jenis tabel di atas, lalu pilih berkas lagi.`,
    ok: (file: string, table: string) => `${file} lolos semua pemeriksaan sebagai ${table}.csv.`,
    okDetail: (rows: number, regions: number, years: string) =>
      `${rows} baris${regions ? `, ${regions} wilayah, tahun ${years}` : ""}.`,
    problems: (n: number, file: string) => `${n} masalah di ${file}`,
    nothingLoaded: "Berkas ini belum dapat dipakai. Perbaiki setiap baris di bawah, lalu periksa lagi.",
    problemsCaption: "Masalah per baris dan kolom",
    where: "Letak",
    found: "Isi",
    problem: "Masalah",
    todo: "Yang perlu dilakukan",
    previewTitle: (code: string, region: string) => `Pratinjau ${code} ${region}`,
    indicator: "Indikator",
    yours: "Berkas Anda",
    bundled: "Data dasbor",
    previewNote: (values: string) => `Nilai di berkas Anda: ${values}.`,
  },
};

export type ClientText = typeof id;

const en: ClientText = {
  status: STATUS_EN,
  peers: {
    pick: "Regions shown",
    filter: "Find a region",
    reset: "Default selection",
    all: "All",
    none: "Clear",
    series: "Methodology series",
    unknown: (codes: string) => `Region codes in the address are unknown and were ignored: ${codes}.`,
    unknownSeries: (code: string) => `Series "${code}" in the address is unknown; showing the default series.`,
    empty: "No region selected. Tick regions on the left.",
    noValues: (regions: string) => `No values in this series yet for: ${regions}.`,
  },
  scenario: {
    title: "Try a target (scenario)",
    label: (year: number) => `${year} target to try`,
    hint: "Type a number with a decimal point or comma, then press Enter. Example: 88.5.",
    notOfficial:
      "A scenario, not an official target. It is stored nowhere; it lives only in this page's address, so the link can be shared.",
    notNumber: (v: string) => `"${v}" is not a number. Write e.g. 88.5.`,
    outOfRange: (min: string, max: string) => `Value outside the index range (${min}–${max}).`,
    required: "Pace needed",
    achieved: (from: number, to: number) => `Pace achieved ${from}–${to}`,
    projected: (year: number) => `Projected ${year} if the trend holds`,
    perYear: "/year",
    clear: "Clear scenario",
    noPace: "Pace achieved",
  },
  scatter: {
    yAxis: "Vertical axis",
    others: "Other regencies/cities",
    unknownY: (v: string) => `Indicator "${v}" in the address is unknown; showing the default.`,
    empty: (x: string, y: string) => `No region has both ${x} and ${y} values in this year yet.`,
    missing: (list: string) => `Not shown because one of the values is not available: ${list}.`,
  },
  table: {
    rank: "Rank",
    region: "Region",
    level: "Level",
    value: "Value",
    change: "Change",
    changeSince: (year: number) => `Change since ${year}`,
    source: "Source",
    missing: "not available",
    pages: "Table pages",
    prevPage: "Previous",
    nextPage: "Next",
    pageOf: (page: number, pages: number, rows: number) => `Page ${page} of ${pages} (${rows} regions)`,
    toFocus: (name: string) => `Go to ${name}`,
  },
  downloads: {
    group: "Download this chart",
    label: "Download:",
    excel: "CSV (Excel Indonesia)",
    notReady: "The chart has not finished drawing; try again in a moment.",
    failed: "The picture could not be made in this browser.",
  },
  checker: {
    tableLabel: "Table",
    auto: "Recognise from the column headings",
    drop: "Drag a CSV file here, or",
    choose: "Choose a CSV file",
    private: "The file is read in this browser only: it is sent nowhere and stored nowhere.",
    checking: "Checking…",
    unknownTable: (file: string) =>
      `The kind of table in ${file} cannot be recognised from its headings. Choose the table above, then choose the file again.`,
    ok: (file: string, table: string) => `${file} passes every check as ${table}.csv.`,
    okDetail: (rows: number, regions: number, years: string) =>
      `${rows} rows${regions ? `, ${regions} regions, years ${years}` : ""}.`,
    problems: (n: number, file: string) => `${n} ${n === 1 ? "problem" : "problems"} in ${file}`,
    nothingLoaded: "This file cannot be used yet. Fix every row below, then check again.",
    problemsCaption: "Problems by row and column",
    where: "Where",
    found: "Found",
    problem: "Problem",
    todo: "What to do",
    previewTitle: (code: string, region: string) => `Preview of ${region}'s ${code}`,
    indicator: "Indicator",
    yours: "Your file",
    bundled: "Dashboard data",
    previewNote: (values: string) => `Values in your file: ${values}.`,
  },
};

export function clientText(lang: Lang): ClientText {
  return lang === "id" ? id : en;
}
