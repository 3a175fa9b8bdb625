/**
 * Every word of the interface in Bahasa Indonesia, the dashboard's first language. en.ts has exactly
 * the same shape (a missing translation is a type error). Sentences are written whole in each
 * language, not assembled word by word, so each reads naturally.
 *
 * Two sections travel to the browser and are therefore plain strings, with {placeholders} filled by
 * lib/i18n/template: `client` (what client components show) and `issues` (the data checker's
 * messages, also used by the build and the command line). Everything else may be a function.
 */
import type { ApePredicate, CodeFormat, Direction, RegionLevel, SourceKind, TableName } from "@/lib/data/schemas";
import type { ImportProblemCode } from "@/lib/data/import";
import { errorPageText } from "./error-text";
import type { IssueCode } from "@/lib/data/issues";
import type { Status, TrendClass } from "@/lib/metrics/progress";

const STATUS: Record<Status, string> = {
  achieved: "Tercapai",
  "on-track": "Sesuai jalur",
  "needs-acceleration": "Perlu percepatan",
  stalled: "Stagnan",
  "moving-away": "Menjauh dari target",
  missed: "Tidak tercapai",
  "no-target": "Target belum ditetapkan",
  "insufficient-data": "Data belum cukup",
};

/** A message about a data problem: what is wrong, and what to do (a second wording when a parameter is present). */
export interface IssueMessage {
  what: string;
  todo: string;
  todoWhen?: Record<string, string>;
}

export const id = {
  siteName: "Dasbor PUG",
  siteTagline: "Pemantauan pengarusutamaan gender",
  siteDescription: "Dasbor indikator pengarusutamaan gender: IPM, IPG, IDG dan IKG terhadap target RPJMD.",
  skipToContent: "Langsung ke isi",
  nav: {
    label: "Navigasi utama",
    overview: "Ringkasan",
    comparison: "Perbandingan",
    institutions: "Kelembagaan",
    data: "Data & metode",
    presentation: "Presentasi",
    check: "Periksa CSV",
    switchTo: "English",
    switchToLabel: "Lihat halaman ini dalam bahasa Inggris",
  },
  routeTitles: {
    overview: "Ringkasan",
    comparison: "Perbandingan",
    comparisonOf: (code: string, year: string) => `Perbandingan ${code} ${year}`,
    institutions: "Kelembagaan",
    data: "Data & metode",
    check: "Periksa CSV",
    presentation: "Presentasi",
  },
  status: STATUS,
  statusHelp: {
    achieved: "Nilai terakhir sudah memenuhi target.",
    "on-track": "Laju saat ini cukup untuk mencapai target tepat waktu.",
    "needs-acceleration": "Bergerak ke arah target, tetapi lajunya kurang dari yang dibutuhkan.",
    stalled: "Hampir tidak bergerak: laju saat ini kurang dari 10% dari yang dibutuhkan.",
    "moving-away": "Indikator bergerak menjauhi target.",
    missed: "Tahun target sudah lewat dan target tidak tercapai.",
    "no-target": "Belum ada target 2029 yang diterbitkan untuk indikator ini.",
    "insufficient-data": "Perlu sedikitnya dua tahun data dalam satu seri untuk menghitung laju.",
  } satisfies Record<Status, string>,
  trend: {
    substantial: "Kemajuan pesat",
    moderate: "Kemajuan sedang",
    limited: "Kemajuan terbatas",
    deterioration: "Memburuk",
  } satisfies Record<TrendClass, string>,
  level: { nasional: "Nasional", provinsi: "Provinsi", kabupaten: "Kabupaten", kota: "Kota" } satisfies Record<
    RegionLevel,
    string
  >,
  sourceKind: {
    bps: "BPS",
    government: "Laporan pemerintah",
    news: "Berita",
    dataset: "Dataset pihak ketiga",
    paper: "Makalah",
  } satisfies Record<SourceKind, string>,
  /** Short name of a paper in a source line: "Makalah Refansyah dkk." */
  /** Before a data steward's note on a source (the notes are written in Indonesian). */
  sourceNote: "",
  paperShortName: (surname: string) => `Makalah ${surname} dkk.`,
  ape: {
    mentor: "Mentor",
    utama: "Utama",
    madya: "Madya",
    pratama: "Pratama",
    "ape-unspecified": "Menerima APE (kategori tidak disebutkan)",
    "non-ape": "Non-APE (tidak menerima)",
  } satisfies Record<ApePredicate, string>,
  overview: {
    title: (region: string) => `Ringkasan PUG ${region}`,
    cardsHeading: "Empat indikator",
    baseline: "Baseline",
    target: "Target",
    targetNotSet: "Target belum ditetapkan",
    requiredPace: "Laju dibutuhkan",
    achievedPace: "Laju saat ini",
    perYear: "/tahun",
    projected: (year: number) => `Proyeksi ${year} (tren saat ini)`,
    series: "Seri",
    source: "Sumber",
    method:
      "Status: laju saat ini dibandingkan dengan laju yang dibutuhkan untuk mencapai target; cara menghitungnya ada di halaman Data & metode.",
    details: (code: string) => `Lihat rincian ${code}`,
    sparkLabel: (code: string, from: number, to: number, others: number) =>
      `Garis tren ${code} ${from}–${to}${others ? `; ${others} seri metodologi lain digambar abu-abu` : ""}`,
    noData: "Data belum tersedia",
    institutions: "Kelembagaan PUG",
  },
  /** How current the data is (every page; the Data & methods page in full). */
  freshness: {
    latest: "Data terakhir",
    notLoaded: (list: string) => `Sudah dirilis BPS, belum dimuat: ${list}.`,
    details: "Rincian",
  },
  /** One index's position toward the plan year (lib/view/position). Numbers arrive formatted. */
  position: {
    perYear: "/tahun",
    baseline: (value: string, year: number) => `Baseline RPJMD ${value} (${year})`,
    baselineMatchedOtherYear: (value: string, stated: number, year: number, series: string) =>
      `Baseline RPJMD ${value} (tertulis ${stated}; sama dengan nilai BPS ${year}, ${series.toLowerCase()})`,
    baselineDiffers: (value: string, year: number, bps: string) => `Baseline RPJMD ${value} (${year}; nilai BPS ${year}: ${bps})`,
    basis: (target: string, series: string, baseline: string, year: number) =>
      `Kemajuan menuju ${target} diukur pada ${series.toLowerCase()}, karena di situlah target ditetapkan: baseline RPJMD ${baseline} sama dengan nilai BPS ${year} pada metode itu.`,
    targetBasisBrief: (basis: string, restated: string | null, official: string) =>
      `${basis}${restated ? `; setara ${restated} pada ${official.toLowerCase()} (dihitung, bukan target resmi)` : ""}`,
    noDataAfterBaseline: "Belum ada data setelah baseline",
    movedAway: (pct: string) => `Lebih jauh dari target daripada baseline (${pct} dari jarak baseline–target)`,
    covered: "Jarak baseline–target yang sudah ditempuh",
    coveredSpoken: (pct: string) => `${pct} dari jarak baseline ke target sudah ditempuh`,
    noPrevious: "Belum ada tahun sebelumnya untuk dibandingkan",
    moved: (up: boolean, step: string, from: number, to: number) => `${up ? "Naik" : "Turun"} ${step} dari ${from} ke ${to}`,
    unchanged: (from: number, to: number) => `Tidak berubah dari ${from} ke ${to}`,
    butTrend: (moved: string, trend: string) => `${moved}, tetapi ${trend}`,
    trendFlat: (span: string) => `laju ${span} hampir datar`,
    trendAway: (span: string) => `laju ${span} menjauh dari target`,
    trendOnTrack: (span: string) => `laju ${span} tetap sesuai jalur`,
    trendClass: (span: string, trend: string) => `tren ${span}: ${trend}`,
    paceSpan: (pace: string, from: number, to: number) => `${pace} (${from}–${to})`,
    gap: (gap: string, short: boolean) => `${gap} ${short ? "di bawah" : "di atas"} target`,
    reachesTarget: "mencapai target",
  },
  /** "Posisi menuju 2029" (lib/view/scorecard). */
  scorecard: {
    title: (year: number) => `Posisi menuju ${year}`,
    caption: (region: string, year: number) => `Posisi ${region} menuju ${year} pada empat indeks`,
    index: "Indeks",
    official: "Nilai resmi terakhir",
    target: (year: number) => `Target ${year}`,
    targetNotSet: "belum ditetapkan",
    projection: (year: number) => `Proyeksi ${year} (laju saat ini)`,
    gap: "Selisih dengan target",
    status: "Status",
    rank: "Peringkat kab/kota",
    lowestWord: "terendah",
    highestWord: "tertinggi",
    print: "Cetak ringkasan",
    details: "Rincian",
    note: (date: string) =>
      `Data per ${date}. Status membandingkan laju saat ini dengan laju yang dibutuhkan untuk mencapai target; rumusnya di halaman Data & metode.`,
    list: (items: string[]) => (items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} dan ${items.at(-1)}`),
    indexStatus: (code: string, status: string) => `${code} ${status}`,
    onTrack: (n: number, of: number, year: number, others: string | null) =>
      `${n} dari ${of} target ${year} di jalur${others ? ` (${others})` : ""}.`,
    noTargets: (year: number) => `Belum ada target ${year} yang ditetapkan.`,
    lowest: (code: string, scope: string | null, rank: string) =>
      `${code} terendah${scope ? ` di ${scope}` : " di antara kabupaten/kota"} (${rank})`,
    highest: (code: string, scope: string | null, rank: string) =>
      `${code} tertinggi${scope ? ` di ${scope}` : " di antara kabupaten/kota"} (${rank})`,
    rankAt: (code: string, rank: string) => `${code} ${rank}`,
    ranks: (items: string[]) => `${items.join("; ")}.`,
    withoutTarget: (codes: string, _n: number, year: number) => `${codes} belum punya target ${year}.`,
  },
  /** The one-page "Catatan data untuk rapat" (lib/view/meeting-notes). */
  meetingNotes: {
    heading: "Catatan data untuk rapat",
    lead: "Yang perlu dikonfirmasi, apa yang diubah BPS, dan data yang sudah terbit tetapi belum dimuat: untuk setiap indeks. Sama dengan catatan di halaman indikator.",
    download: "Unduh catatan data untuk rapat (PDF, satu halaman)",
    title: (region: string) => `Catatan data untuk rapat: ${region}`,
    subtitle: (date: string) => `Dasbor PUG · data per ${date}`,
    confirm: "Perlu dikonfirmasi",
    methods: "Perubahan metode BPS",
    freshness: "Data yang perlu dimuat",
    footer: "Setiap angka dapat ditelusuri ke sumbernya di halaman Data & metode dasbor.",
    file: (region: string) => `catatan-data-rapat-${region}.pdf`,
  },
  /** Notes on the data, one index at a time (lib/view/data-notes): decisions, the method break, freshness. */
  decisions: {
    heading: "Catatan data",
    titleBasis: (code: string) => `Baseline ${code}: metode lama atau metode baru?`,
    titleValue: (code: string, stated: string, bps: string) => `Baseline ${code}: ${stated} atau ${bps}?`,
    valuesHeading: "Nilai yang beredar",
    stated: (value: string, year: number) => `RPJMD (dikutip makalah): baseline ${value}, tertulis ${year}`,
    published: (year: number, series: string | null, value: string) =>
      `BPS ${year}${series ? `, ${series.toLowerCase()}` : ""}: ${value}`,
    matched: (year: number, series: string, value: string) =>
      `BPS ${year}, ${series.toLowerCase()}: ${value}, sama dengan baseline`,
    usedHeading: "Yang dipakai dasbor",
    usedBasis: (series: string, baseline: string, year: number) =>
      `Kemajuan diukur pada ${series.toLowerCase()}, karena baseline ${baseline} sama persis dengan nilai BPS ${year} pada metode itu. Angka utama di halaman tetap nilai resmi BPS.`,
    usedValue: (year: number, bps: string) =>
      `Nilai BPS ${bps} dipakai untuk ${year}, karena BPS didahulukan dari sumber lain. Baseline target tetap ditulis seperti dalam dokumen.`,
    outcomesHeading: "Status menurut tiap pembacaan",
    outcomeBasisUsed: (series: string) => `Target pada ${series.toLowerCase()} (dipakai dasbor)`,
    outcomeBasisOfficial: (series: string) => `Target dibaca apa adanya pada ${series.toLowerCase()}`,
    outcomeValueUsed: (year: number, bps: string) => `Dengan nilai BPS ${year} = ${bps} (dipakai dasbor)`,
    outcomeValueStated: (stated: string, year: number) => `Bila ${stated} adalah nilai ${year}`,
    outcomeDetail: (required: string, pace: string, latest: string, year: number | null) =>
      `nilai terakhir ${latest}${year ? ` (${year})` : ""}; perlu ${required}/tahun, laju saat ini ${pace}/tahun`,
    sameVerdict: "Status sama pada kedua pembacaan: kesimpulan tidak bergantung pada pilihan ini.",
    differentVerdict: "Status berbeda: pilihan ini mengubah kesimpulan, jadi perlu dipastikan.",
    stepHeading: "Langkah berikutnya",
    stepBasis: (code: string, region: string, officialBaseline: string | null, year: number) =>
      `Minta BAPPERIDA dan BPS ${region} mengonfirmasi metode dan tahun baseline ${code} dalam RPJMD.${officialBaseline ? ` Bila target memakai metode baru, baseline BPS ${year} pada metode itu adalah ${officialBaseline}.` : ""}`,
    stepValue: (code: string, region: string, stated: string, bps: string, later: number[]) =>
      `Minta BAPPERIDA dan BPS ${region} mengonfirmasi nilai dan tahun baseline ${code} (${stated} atau ${bps}). Tanyakan juga apakah ${stated} adalah nilai tahun lain${later.length ? ` (mis. ${later.join(", ")}, yang sudah dirilis tetapi belum dimuat)` : ""}.`,
    methodBreak: (code: string, when: string, series: string, from: number | null, loaded: boolean) =>
      `${when}: BPS mengganti cara menghitung ${code} ke ${series.toLowerCase()}${from ? ` dan menghitung ulang nilainya sejak ${from}` : ""}. Nilai metode baru dan metode lama tidak dapat dibandingkan, jadi garisnya tidak pernah disambung.${loaded ? "" : ` Nilai ${code} di dasbor ini masih metode lama; nilai metode baru belum dimuat.`}`,
    freshnessHeading: "Kemutakhiran data",
    held: (code: string, region: string, year: number) => `Data ${code} ${region} yang dimuat: sampai ${year}.`,
    upToDate: (code: string) =>
      `Menurut kalender rilis BPS di data/releases.csv, tidak ada tahun ${code} yang sudah terbit tetapi belum dimuat.`,
    calendarUnknown: (code: string) =>
      `Tanggal rilis ${code} belum tercatat di kalender (data/releases.csv), jadi belum dapat dipastikan apakah sudah ada tahun yang lebih baru. Periksa situs BPS.`,
    notLoaded: (code: string, year: number, releases: string, region: string) =>
      `${code} ${year} sudah dirilis BPS (${releases}); angka ${region} belum dimuat.`,
    releasedAt: (region: string, date: string, source: string) => `${region}, ${date}, menurut ${source}`,
    stepLoad: (code: string) =>
      `Langkah pengelola data: cari tabel ${code} kabupaten/kota tahun itu di situs BPS Kalimantan Selatan; bila sudah terbit, tambahkan sumbernya di sources.csv lalu jalankan npm run data:import.`,
  },

  /** The full sentence of each data flag, for an indicator page. */
  flagLong: {
    seriesInferred: (year: number, code: string, series: string, value: string, source: string) =>
      `Seri target tidak disebutkan. Nilai baselinenya sama dengan ${code} ${year} seri ${series} (${value}, ${source}), jadi kemajuan diukur dalam seri itu.`,
    seriesUnknown: (series: string) =>
      `Seri target tidak disebutkan dan tidak dapat dikenali; kemajuan diukur dalam seri ${series}.`,
    baselineDiffers: (baseline: string, year: number, list: string) =>
      `Baseline target ${baseline} (${year}) berbeda dengan nilai terbitan ${year}: ${list}.`,
    otherSeries: (series: string, value: string, year: number) =>
      `Seri ${series}: ${value} (${year}), tidak dibandingkan dengan target karena basisnya berbeda.`,
    latestAlternatives: (year: number, list: string) => `Nilai lain diterbitkan untuk ${year}: ${list}.`,
    differentSources: (target: string, latest: string) => `Target bersumber dari ${target}; nilai terakhir dari ${latest}.`,
  },
  /** Generated sentences about one index (lib/view/narrative). Numbers arrive formatted. */
  narrative: {
    noData: (code: string, region: string) => `${code} ${region}: data belum tersedia.`,
    level: (code: string, region: string, year: number, value: string, series: string | null) =>
      `${code} ${region} ${year} sebesar ${value}${series ? `, menurut ${series.toLowerCase()}` : ""}.`,
    rank: (rank: number, of: number, year: number, scope: string | null, lowest: boolean, highest: boolean) =>
      `${lowest ? "Terendah" : highest ? "Tertinggi" : `Peringkat ${rank}`} di antara ${of} kabupaten/kota${scope ? ` di ${scope}` : ""} (${rank} dari ${of}, ${year}).`,
    basis: (target: string, series: string, year: number, value: string) =>
      `Target ${target} ditetapkan pada ${series.toLowerCase()}; pada metode itu nilai ${year} adalah ${value}.`,
    achieved: (year: number, target: string) => `Target ${year} (${target}) sudah tercapai.`,
    need: (target: string, year: number, rise: boolean, step: string) =>
      `Untuk mencapai ${target} pada ${year} perlu ${rise ? "kenaikan" : "penurunan"} ${step} poin per tahun`,
    trendMoved: (
      from: number,
      to: number,
      rose: boolean,
      pace: string,
      code: string,
      projected: string,
      year: number,
      gap: string | null,
    ) =>
      `; selama ${from}–${to} rata-rata ${rose ? "naik" : "turun"} ${pace} poin per tahun, sehingga bila berlanjut ${code} menjadi ${projected} pada ${year}${gap ? `, ${gap}` : ""}`,
    trendFlat: (from: number, to: number) => `; selama ${from}–${to} nilainya tidak berubah`,
    onePoint: "; laju belum dapat dihitung karena data baru satu tahun",
    status: (status: string) => `Status: ${status.toLowerCase()}.`,
    missed: (year: number, target: string) => `Tahun target ${year} sudah lewat dan target ${target} tidak tercapai.`,
    noTarget: (year: number, pace: string, trend: string | null, projected: string) =>
      `Target ${year} belum ditetapkan${pace}${trend ? ` (${trend.toLowerCase()})` : ""}${projected}.`,
    noTargetPace: (from: number, to: number, rose: boolean, pace: string) =>
      `; selama ${from}–${to} rata-rata ${rose ? "naik" : "turun"} ${pace} poin per tahun`,
    noTargetProjection: (value: string, year: number) => `; bila berlanjut menjadi ${value} pada ${year}`,
  },

  /** Titles of the trend chart that state its message (lib/view/trend). */
  trendTitle: {
    noData: (code: string, region: string) => `${code} ${region}: data belum tersedia`,
    needs: (code: string, region: string, status: string, rise: boolean, step: string, target: string, year: number) =>
      `${code} ${region} ${status.toLowerCase()}: perlu ${rise ? "naik" : "turun"} ${step} poin per tahun untuk mencapai ${target} pada ${year}`,
    achieved: (code: string, region: string, year: number, target: string) =>
      `${code} ${region} sudah mencapai target ${year} (${target})`,
    pace: (code: string, region: string, pace: string, from: number, to: number, planYear: number) =>
      `${code} ${region} bergerak ${pace} poin per tahun (${from}–${to}); target ${planYear} belum ditetapkan`,
    latest: (code: string, region: string, year: number, value: string) => `${code} ${region} ${year}: ${value}`,
  },
  common: {
    year: "Tahun",
    value: "Nilai",
    region: "Wilayah",
    indicator: "Indikator",
    missing: "tidak tersedia",
    seriesUnstated: "Seri tidak disebutkan",
  },
  indicatorPage: {
    comparisonHeading: "Perbandingan wilayah",
    peersHeading: "Antarwilayah dari waktu ke waktu",
    aboutHeading: (code: string) => `Tentang ${code}`,
    sourcesHeading: "Sumber",
    lowerIsBetter: "makin rendah makin baik",
    higherIsBetter: "makin tinggi makin baik",
    trendLegendBaseline: "Baseline target",
    trendBasis: (series: string) => `${series} (basis target RPJMD)`,
    trendLegendBaselineWritten: (year: number) => `Baseline target (tertulis ${year})`,
    breakLabel: (when: string, from: number) => `Metode baru BPS (${when}), dihitung ulang sejak ${from} →`,
    breakTip: (when: string, series: string, from: number) =>
      `${when}: BPS beralih ke ${series.toLowerCase()} dan menghitung ulang sejak ${from}; nilai metode baru dan metode lama tidak dapat dibandingkan`,
    trendLegendTarget: (year: number) => `Target ${year}`,
    trendLegendPath: "Jalur lurus baseline → target",
    trendLegendProjection: "Proyeksi tren saat ini",
    trendLegendLoose: "Nilai terbitan lain (sumber atau seri lain)",
    trendLegendScenario: (year: number) => `Skenario ${year} (bukan target resmi)`,
    trendLegendScenarioPath: "Jalur lurus nilai terakhir → skenario",
    gapLabel: (v: string) => `selisih ${v}`,
    rankTitle: (region: string, rank: number, of: number, code: string, year: number, better: string) =>
      `${region} peringkat ${rank} dari ${of} kabupaten/kota untuk ${code} ${year} (${better})`,
    rankTitleMissing: (region: string, code: string, year: number) => `${code} ${year}: nilai ${region} belum tersedia`,
    rankSummary: (best: string, bestValue: string, worst: string, worstValue: string, focus: string, focusValue: string) =>
      `Peringkat 1: ${best} (${bestValue}); peringkat terakhir: ${worst} (${worstValue}); ${focus}: ${focusValue}.`,
    axisStart: (v: string) =>
      `Sumbu nilai mulai di ${v}, bukan 0: panjang garis menunjukkan selisih antarwilayah, bukan besar nilai.`,
    rankOthers: "Kabupaten/kota lain",
    methodChanged: "metode berganti: tidak sebanding dengan tahun sebelumnya",
    rankHistoryCaption: (region: string, code: string) => `Peringkat ${region} untuk ${code} di antara kabupaten/kota`,
    rank: "Peringkat",
    rankOf: (rank: number, of: number) => `${rank} dari ${of}`,
    referenceRole: "pembanding",
    missingRegions: (list: string) => `Belum ada nilai untuk: ${list}.`,
    sourcesLead: "Setiap nilai di halaman ini berasal dari sumber berikut.",
    notAvailable: "Data belum tersedia",
  },
  map: {
    heading: "Peta kabupaten/kota",
    title: (code: string, year: number, region: string, rank: number | null, of: number) =>
      `${code} ${year} di peta Kalimantan Selatan: ${region} ${rank ? `peringkat ${rank} dari ${of}` : "tidak ada data"}`,
    summary: (best: string, bestValue: string, region: string, value: string | null, missing: string[]) =>
      `Peringkat 1: ${best} (${bestValue}). ${region}: ${value ?? "tidak ada data"}.${missing.length ? ` Tidak ada data: ${missing.join(", ")}.` : ""}`,
    tip: (region: string, value: string, rank: number, of: number) => `${region}: ${value} (peringkat ${rank} dari ${of})`,
    tipMissing: (region: string) => `${region}: tidak ada data`,
    missing: "tidak ada data",
    better: "Warna lebih gelap = lebih baik",
    legend: "Kelas nilai (interval sama)",
    unavailable: "Peta tidak tersedia: berkas batas wilayah data/peta/kalsel-kabkota.geojson tidak ada.",
    otherYears: "Tahun lain di peta",
  },
  regional: {
    rankHeading: "Peringkat dari tahun ke tahun",
    rankTitle: (code: string, region: string, rank: number, of: number, year: number) =>
      `Peringkat ${code} ${region} di antara kabupaten/kota: ${rank} dari ${of} pada ${year}`,
    rankTip: (rank: number, of: number, year: number, tied: boolean) =>
      `${year}: peringkat ${rank} dari ${of}${tied ? " (sama dengan wilayah lain)" : ""}`,
    rankBreak: (series: string) => `Seri berganti (${series}): tidak sebanding →`,
    rankSummary: (list: string) => `Peringkat per tahun (1 = terbaik; "=" berarti nilai sama dengan wilayah lain): ${list}.`,
    rankRole: (of: number, tied: boolean) => `peringkat dari ${of}${tied ? ", sama dengan wilayah lain" : ""}`,
    rankAxis: "Peringkat (1 = terbaik)",
    gapHeading: "Jarak ke yang terdepan",
    gapCaption: (code: string, region: string, year: number) =>
      `Jarak ${code} ${region} ke provinsi, kabupaten/kota terbaik dan peraih APE, ${year}`,
    against: "Dibanding",
    value: "Nilai",
    distance: "Jarak",
    paces: (region: string) => `Laju per tahun (${region} · pembanding)`,
    catchUpHeading: "Menyusul pada laju saat ini",
    againstProvince: (name: string) => `Provinsi (${name})`,
    againstBest: (name: string, award: string | null) => `Kabupaten/kota terbaik (${name}${award ? `; ${award}` : ""})`,
    alsoApe: (year: number, predicate: string) => `peraih APE ${year} ${predicate}`,
    againstApe: (name: string, predicate: string, year: number) =>
      `Peraih APE ${year}: ${name}${predicate ? ` (${predicate})` : ""}`,
    behind: (v: string) => `${v} di belakang`,
    ahead: (v: string) => `${v} di depan`,
    level: "sama",
    catchUp: {
      years: (n: number) => (n > 25 ? "lebih dari 25 tahun" : `sekitar ${n} tahun`),
      ahead: () => "sudah di depan",
      diverging: () => "tidak terkejar pada laju ini",
      unknown: () => "laju belum dapat dihitung",
    },
    gapNote: (region: string, series: string) =>
      `Jarak dalam poin indeks, searah "lebih baik" (untuk IKG: lebih rendah). Waktu menyusul = jarak dibagi selisih laju, bila ${region} membaik lebih cepat; laju dihitung seperti pada target (hingga 5 tahun terakhir) dalam seri "${series}". Ini proyeksi, bukan nilai terbitan.`,
  },
  comparison: {
    title: "Perbandingan wilayah",
    lead: (region: string) =>
      `${region} dibandingkan dengan kabupaten/kota lain di Kalimantan Selatan, provinsi dan Indonesia, untuk satu indikator dan satu tahun.`,
    pickIndicator: "Indikator",
    pickYear: "Tahun",
    noRegional: (code: string, year: number) => `Data kabupaten/kota belum tersedia untuk ${code} ${year}.`,
    onlyAvailable: "Yang sudah diterbitkan",
    tableHeading: "Tabel peringkat",
    tableCaption: (code: string, year: number) => `${code} ${year} per wilayah (klik judul kolom untuk mengurutkan)`,
    coverageHeading: "Cakupan data",
    coverageLead: (code: string) =>
      `Nilai ${code} yang tersedia per wilayah dan tahun, dalam seri perbandingan tahun itu. "—" berarti belum diterbitkan atau belum ditemukan; tidak ada yang diisi atau diperkirakan.`,
    coverageBreak: (year: number, now: string, before: string) =>
      `Garis ganda: mulai ${year} nilainya dari ${now.toLowerCase()}, sebelumnya ${before.toLowerCase()}. Metode berganti: nilai di kedua sisi garis tidak dapat dibandingkan.`,
    coverageCaption: (code: string) => `Cakupan data ${code}`,
    otherSeries: "seri lain",
    scatterHeading: "Kabupaten/kota pada dua indikator",
    scatterNone: (code: string, year: number) =>
      `Pada ${year} belum ada indikator lain yang terbit bersama ${code} untuk kabupaten/kota yang sama, jadi grafik sebaran belum dapat digambar.`,
    goToYear: (year: number) => `Lihat ${year}.`,
  },
  institutions: {
    title: "Kelembagaan PUG",
    lead: (region: string) =>
      `Regulasi, Pokja PUG, penghargaan APE/PPE dan rencana tindak lanjut ${region}, sebagaimana dicatat makalah dan sumber berita resmi.`,
    timelineHeading: "Linimasa",
    apeHeading: "Penghargaan APE/PPE di Kalimantan Selatan",
    apeLead:
      "Anugerah/Penghargaan Parahita Ekapraya dari Kementerian PPPA untuk pelaksanaan PUG. “Tidak tercatat” berarti hasilnya tidak ditemukan di sumber, bukan berarti tidak menerima.",
    apeCaption: "Predikat APE/PPE per wilayah dan edisi",
    apeResult: (year: number, predicate: string) => `APE/PPE ${year}: ${predicate}`,
    notRecorded: "tidak tercatat",
    actionsHeading: "Rencana tindak lanjut",
    actionsLead: "Rencana dari makalah; status sebagaimana dilaporkan pada 2025.",
    actionsCaption: "Rencana tindak lanjut PUG",
    action: "Kegiatan",
    lead_: "Penanggung jawab",
    partners: "Mitra",
    when: "Waktu",
    statusLabel: "Status",
    kind: {
      regulation: "Regulasi",
      institution: "Kelembagaan",
      planning: "Perencanaan",
      activity: "Pelaksanaan",
      award: "Penghargaan",
    },
    status: { done: "Terlaksana", "in-progress": "Berjalan", halted: "Terhenti", planned: "Direncanakan" },
    actionStatus: { planned: "Direncanakan", "in-progress": "Berjalan", done: "Selesai", dropped: "Dibatalkan" },
  },
  methods: {
    title: "Data & metode",
    lead: "Definisi indeks, cara menghitung kemajuan menuju target, semua sumber, cakupan data dan catatan mutu data. Tidak ada angka yang diperkirakan atau diisi: nilai yang belum diterbitkan ditampilkan sebagai belum tersedia.",
    definitionsHeading: "Definisi indikator",
    definitionsCaption: "Indikator dan komponennya (definisi BPS)",
    definition: "Definisi",
    range: "Rentang",
    better: "Arah baik",
    direction: {
      higher: "makin tinggi makin baik",
      lower: "makin rendah makin baik",
      neutral: "pembanding (tidak dinilai)",
    } satisfies Record<Direction, string>,
    methodHeading: "Metode kemajuan menuju target",
    methodLead:
      "x_b: nilai baseline target (sebagaimana tertulis), t dan x_t: tahun dan nilai terakhir, T dan x_T: tahun dan nilai target. Semua angka memakai nilai dari satu seri metodologi saja.",
    share: "Jarak yang sudah ditempuh",
    shareNote: "negatif bila nilai menjauhi target.",
    achieved: "Laju tercapai (poin/tahun)",
    achievedNote: (w: number) =>
      `s adalah tahun paling awal dengan data dalam ${w} tahun sebelum t (rata-rata hingga ${w} perubahan tahunan); CAGR ditampilkan di sampingnya.`,
    required: "Laju dibutuhkan (poin/tahun)",
    requiredNote: "dari tahun terakhir sampai tahun target.",
    projection: "Proyeksi tahun target",
    ratio: "Rasio laju",
    ratioNote:
      "tanda arah saling meniadakan, sehingga rumus sama berlaku untuk IKG (makin rendah makin baik). r juga bagian dari sisa perubahan yang akan dicapai tren saat ini pada tahun target.",
    statusHeading: "Status (diperiksa berurutan)",
    rule: {
      achieved: () => "nilai terakhir sudah memenuhi target (≥ untuk IPM, IPG, IDG; ≤ untuk IKG).",
      missed: () => "tahun target sudah lewat dan target tidak tercapai.",
      "insufficient-data": () => "kurang dari dua tahun data dalam seri yang dipakai.",
      "moving-away": () => "r < 0.",
      stalled: (_hi: string, lo: string) => `0 ≤ r < ${lo}.`,
      "needs-acceleration": (hi: string, lo: string) => `${lo} ≤ r < ${hi}.`,
      "on-track": (hi: string) => `r ≥ ${hi}.`,
      "no-target": () => "belum ada target; arah tren dinilai dengan aturan tanpa target di bawah.",
    } satisfies Record<Status, (hi: string, lo: string) => string>,
    noTargetRule:
      "Tanpa target (IPG, IDG saat ini): P = d · CAGR pada jendela yang sama (d = +1 bila makin tinggi makin baik, −1 bila sebaliknya), dibandingkan dengan 1,5% dan 0,5% per tahun, diskalakan untuk indeks dengan batas alami (IPG → 100, kesetaraan) dengan C = 1 − (x_s/100)^4,44 (Statistics Canada / Open SDG): P ≥ 1,5%·C kemajuan pesat, ≥ 0,5%·C sedang, ≥ 0 terbatas, < 0 memburuk.",
    seriesRule:
      "Pilihan seri: seri yang disebut target; bila tidak disebut, satu-satunya seri yang memuat nilai baseline target; bila tidak ada, satu-satunya seri wilayah itu; selain itu seri dengan nilai terbaru (ditandai). Garis tidak pernah menyambung dua seri.",
    references:
      "Ambang 0,95 dan 0,10 mengikuti Progress Chart 2023 Divisi Statistik PBB (UNSD); perbandingan kemajuan yang diantisipasi dengan yang dibutuhkan mengikuti penilaian kemajuan SDG UN ESCAP; aturan tanpa target mengikuti Statistics Canada / Open SDG.",
    examplesHeading: (region: string) => `Contoh terhitung: ${region}`,
    examplesCaption: "Angka yang dihitung mesin kemajuan dari data terbitan (diuji dengan perhitungan tangan)",
    statusColumn: "Status",
    qualityHeading: "Catatan mutu data",
    conflictsHeading: (region: string) => `Lebih dari satu nilai terbitan untuk ${region}`,
    noConflicts: "Tidak ada.",
    precedence:
      "Yang ditampilkan sebagai nilai utama: BPS, lalu laporan pemerintah, berita yang mengutip BPS, dataset pihak ketiga, dan terakhir makalah. Nilai lain tetap disebutkan.",
    seriesHeading: "Seri metodologi",
    seriesCaption: "Seri per indikator",
    headline: "seri utama BPS",
    coverageHeading: "Cakupan",
    coverageCaption: "Jumlah nilai terbitan per indikator",
    values: "Nilai",
    regions: "Wilayah",
    years: "Tahun",
    gapsHeading: "Tahun terakhir yang belum lengkap",
    gap: (code: string, year: number, have: number, of: number, list: string) =>
      `${code} ${year}: nilai tersedia untuk ${have} dari ${of} wilayah (${list}).`,
    sourcesHeading: (n: number) => `Semua sumber (${n})`,
    downloadHeading: "Unduh seluruh data",
    downloadWorkbook: "Unduh semua data (Excel, XLSX)",
    downloadWorkbookNote:
      "Semua tabel dalam satu berkas, dengan lembar Sumber & metode. Angka tersimpan sebagai angka, jadi terbaca benar di Excel berbahasa apa pun.",
    downloadLead:
      "Setiap tabel juga sebagai CSV: standar (koma, titik desimal) untuk aplikasi dan skrip, Excel Indonesia (titik koma, koma desimal) hanya untuk Excel dengan pengaturan Indonesia, dan JSON. Nama wilayah ada di samping kodenya. Alamatnya tetap, sehingga dapat dipakai aplikasi lain.",
    excelIdCsv: "CSV (Excel Indonesia)",
    downloadCaption: "Tabel data",
    table: "Tabel",
    rows: "Baris",
    files: "Berkas",
    tableDescription: {
      indicators: "indikator dan definisinya",
      regions: "wilayah dan kodenya",
      sources: "sumber",
      series: "seri metodologi",
      observations: "nilai terbitan",
      targets: "target RPJMD",
      ape: "penghargaan APE/PPE",
      milestones: "linimasa kelembagaan",
      actions: "rencana tindak lanjut",
      settings: "pengaturan (wilayah fokus)",
      releases: "kalender rilis BPS",
    } satisfies Record<TableName, string>,
  },
  workbook: {
    dataSheet: "Data",
    sourcesSheet: "Sumber & metode",
    sourcesHeader: ["Kode sumber", "Jenis", "Penerbit", "Judul", "Tahun", "Alamat", "Catatan"],
    chartSourcesHeader: ["Sumber", "Alamat", "Kode sumber"],
    methodTitle: "Metode kemajuan menuju target (sama dengan halaman Data & metode)",
    sheets: {
      observations: "Nilai terbitan",
      targets: "Target RPJMD",
      indicators: "Indikator",
      regions: "Wilayah",
      series: "Seri metodologi",
      sources: "Sumber (tabel)",
      ape: "APE-PPE",
      milestones: "Linimasa",
      actions: "Rencana tindak lanjut",
      releases: "Kalender rilis",
      settings: "Pengaturan",
    } satisfies Record<TableName, string>,
    file: (region: string) => `data-pug-${region}`,
  },
  levers: {
    heading: (focus: string, province: string) => `Komponen sebagai pengungkit: ${focus} dibanding ${province}`,
    caption: (code: string, focus: string, province: string) =>
      `Komponen ${code}: nilai terakhir ${focus}, nilai ${province} pada tahun dan seri yang sama, selisihnya, dan OPD yang menggerakkannya`,
    lead: (focus: string, province: string) =>
      `Setiap komponen adalah tuas yang digerakkan oleh program OPD tertentu. Selisih = nilai ${focus} dikurangi nilai ${province} pada tahun dan seri metodologi yang sama; "lebih baik" atau "lebih buruk" mengikuti arah baik komponen itu.`,
    summary: (focus: string, province: string, worse: string[], better: string[]) =>
      [
        worse.length ? `${focus} di bawah ${province} pada: ${worse.join("; ")}.` : "",
        better.length ? `${focus} lebih baik dari ${province} pada: ${better.join("; ")}.` : "",
      ]
        .filter(Boolean)
        .join(" "),
    component: "Komponen",
    yearSeries: "Tahun · seri",
    provinceValue: (province: string) => `${province} (tahun dan seri sama)`,
    difference: "Selisih",
    office: "OPD penggerak",
    source: "Sumber",
    verdict: { better: "lebih baik", worse: "lebih buruk", same: "sama", neutral: "tanpa arah baik (pembanding)" },
    noFocusValue: (focus: string) => `belum ada data yang diterbitkan untuk ${focus}`,
    noProvinceValue: (province: string, year: number) => `${province} belum punya nilai ${year} pada seri ini`,
    noProvince: "tidak ada wilayah induk untuk dibandingkan",
    officeNotMapped: "belum dipetakan",
    definitionsHeading: "Definisi komponen",
    howToAddHeading: "Cara menambahkan nilai yang belum ada",
    howToAddLead:
      "Tambahkan dulu sumbernya ke data/sources.csv. Lalu impor tabel BPS apa adanya (satu baris per wilayah, satu kolom per tahun); perintah ini menunjukkan apa yang akan ditambahkan sebelum menulis apa pun:",
    command: (code: string) => `npm run data:import -- TABEL-BPS.csv --indicator ${code} --source ID-SUMBER`,
    templateLead:
      "Atau tambahkan baris ke data/observations.csv dalam bentuk ini, dengan TAHUN, NILAI dan ID-SUMBER dari tabel yang dikutip. Jangan mengisi angka yang tidak diterbitkan.",
    templatePlaceholders: { year: "TAHUN", value: "NILAI", source: "ID-SUMBER", note: "Tabel BPS ..., baris ..., kolom TAHUN" },
  },
  deck: {
    title: (region: string) => `Pengarusutamaan gender di ${region}`,
    rowNote: (
      code: string,
      official: string | null,
      target: string | null,
      projection: string | null,
      gap: string | null,
      status: string,
      rank: string | null,
    ) =>
      `${code}: nilai resmi ${official ?? "belum ada"}; target ${target ?? "belum ditetapkan"}${projection ? `; proyeksi ${projection}${gap ? ` (${gap})` : ""}` : ""}; ${status.toLowerCase()}${rank ? `; peringkat ${rank}` : ""}.`,
    statusNote: "Status membandingkan laju saat ini dengan laju yang dibutuhkan untuk mencapai target.",
    indicatorLead: (change: string, projection: string | null, year: number, basis: string | null, gap: string | null) =>
      `${change}.${projection ? ` Bila laju saat ini berlanjut: ${projection} pada ${year}${basis ? ` (${basis.toLowerCase()})` : ""}${gap ? `, ${gap}` : ""}.` : ""}`,
    rankTitle: (
      code: string,
      region: string,
      rank: string | null,
      lowest: boolean,
      highest: boolean,
      scope: string | null,
      missingTargetYear: number | null,
    ) =>
      `${code} ${region} ${lowest ? "terendah" : highest ? "tertinggi" : rank ? `peringkat ${rank}` : ""}${(lowest || highest) && scope ? ` di ${scope}` : " kabupaten/kota"}${rank && (lowest || highest) ? ` (${rank})` : ""}${missingTargetYear ? `; target ${missingTargetYear} belum ditetapkan` : ""}`,
    differenceTitle: (province: string, value: string, year: number, lowerBetter: boolean) =>
      `Selisih dari ${province} (${value}), ${year}; ${lowerBetter ? "negatif = lebih baik (makin rendah makin baik)" : "positif = di atas provinsi"}`,
    differenceAxis: (province: string) => `Selisih dari ${province} (poin)`,
    otherRegions: "Kabupaten/kota lain",
    rankLead: (change: string, pace: string | null, trend: string | null) =>
      `${change}.${pace ? ` Laju saat ini ${pace}${trend ? `: ${trend.toLowerCase()}` : ""}.` : ""}`,
    decisionsTitle: (codes: string) => `Perlu dikonfirmasi: baseline ${codes}`,
    institutionsTitle: (region: string) => `Kelembagaan PUG ${region}: status terkini`,
    sourcesTitle: "Sumber data",
    sourcesCount: (n: number) => `${n} tabel dan rilis (rincian di halaman Data & metode)`,
    sourcesFooter: "Setiap angka dapat ditelusuri ke sumbernya di halaman Data & metode dasbor.",
  },
  check: {
    title: "Periksa CSV",
    lead: "Periksa berkas CSV sebelum dimasukkan ke data/: setiap masalah ditunjukkan per baris dan kolom, dengan aturan yang sama seperti saat dasbor dibangun. Berkas tidak meninggalkan peramban Anda.",
    tips: [
      "Simpan dari Excel sebagai \u201cCSV UTF-8\u201d. Pemisah koma atau titik koma, desimal koma atau titik, semuanya diterima.",
      "Judul kolom harus sama dengan tabel di data/ (lihat halaman Data & metode); urutan kolom bebas.",
      "Untuk tabel BPS dengan tahun sebagai kolom, pakai npm run data:import di komputer pengelola data.",
    ],
  },
  dataError: {
    title: "Data tidak dapat dimuat",
    lead: (n: number) =>
      `Ditemukan ${n} masalah pada berkas data. Dasbor tidak menampilkan angka apa pun sampai semuanya diperbaiki, agar tidak ada data setengah jadi yang tampak lengkap.`,
    how: "Perbaiki setiap baris di bawah, lalu jalankan npm run data:check untuk memeriksa ulang.",
  },
  notFound: {
    title: "Halaman tidak ditemukan",
    lead: "Indikator, wilayah, tahun, atau slide yang diminta tidak ada di data dasbor.",
    overview: "Ringkasan",
  },
  footer: {
    sources: "Angka dari BPS dan sumber resmi yang dikutip per nilai; lihat halaman Data & metode.",
    paper:
      "Target dan catatan kelembagaan dari makalah Refansyah, Apriliani & Hidayat, \u201cImplementasi Pengarusutamaan Gender dalam Pembangunan di Kabupaten Kotabaru\u201d.",
  },
  /** Why data:import stops (lib/data/import). */
  importProblems: {
    "unclosed-quote": "tanda kutip tidak ditutup",
    "shape-unknown":
      "bentuk tabel tidak dikenali: tidak ada kolom region,indicator,year,value,series,source dan tidak ada kolom tahun (mis. 2023)",
    "wide-needs-flag": "tabel lebar (tahun sebagai kolom) perlu {flag}",
    "indicator-unknown": "indikator tidak ada di indicators.csv ({allowed})",
    "source-unknown": "sumber belum ada di sources.csv: tambahkan dulu sumbernya",
    "region-unknown": "wilayah tidak dikenali; tulis nama atau kode seperti di regions.csv",
    "not-a-number": "bukan angka",
  } satisfies Record<ImportProblemCode, string>,
  /** Data problems: where, and what each code means (templates; see IssueMessage). */
  issues: {
    where: "Letak",
    found: "Isi",
    problem: "Masalah",
    todo: "Yang perlu dilakukan",
    line: "baris",
    column: "kolom",
    lineRange: "{count} baris antara baris {from} dan {to}",
    codeFormats: {
      region: "4 digit, mis. 6302",
      indicator: "HURUF_BESAR, mis. IPM atau IKG_MTF",
      slug: "huruf-kecil-dan-tanda-hubung, mis. bps-ipm-2024",
      series: "huruf, angka, tanda hubung, mis. UHH-LF2020",
      setting: "huruf_kecil",
    } satisfies Record<CodeFormat, string>,
    messages: {
      "file-missing": { what: "berkas tidak ditemukan", todo: "Buat berkas ini dengan kolom: {columns}." },
      "file-unreadable": {
        what: "berkas tidak dapat dibaca",
        todo: "Pastikan ini berkas biasa (bukan folder) dan boleh dibaca; salin ulang berkasnya ke folder data.",
      },
      "file-too-large": {
        what: "berkas terlalu besar",
        todo: "Batasnya {maxMb} MB; pecah atau periksa apakah ini berkas yang benar.",
      },
      "file-utf16": {
        what: "berkas disimpan sebagai teks Unicode (UTF-16)",
        todo: 'Di Excel pilih Simpan Sebagai → "CSV UTF-8 (Comma delimited)".',
      },
      "file-not-utf8": {
        what: "berkas bukan UTF-8 (kemungkinan disimpan sebagai CSV Windows/Latin-1, sehingga huruf beraksen rusak)",
        todo: 'Di Excel pilih Simpan Sebagai → "CSV UTF-8 (Comma delimited)", lalu coba lagi.',
      },
      "file-binary": {
        what: "berkas berisi data biner, bukan teks CSV",
        todo: "Pastikan ini berkas .csv (bukan .xlsx atau gambar); ekspor ulang dari Excel sebagai CSV UTF-8.",
      },
      "file-empty": { what: "berkas kosong", todo: "Baris pertama harus berisi judul kolom: {columns}." },
      "file-header-only": {
        what: "berkas hanya berisi judul kolom, tanpa data",
        todo: "Tambahkan baris data di bawah judul kolom; tabel ini tidak boleh kosong.",
      },
      "header-missing-column": {
        what: 'kolom wajib "{expected}" tidak ada',
        todo: 'Tambahkan kolom "{expected}" ke baris judul.',
        todoWhen: { suggestion: 'Mungkin kolom "{suggestion}" maksudnya "{expected}"; ubah judulnya.' },
      },
      "header-unknown-column": {
        what: "kolom tidak dikenal",
        todo: "Hapus kolom ini atau ganti namanya. Kolom yang dikenal: {columns}.",
      },
      "header-duplicate-column": {
        what: "nama kolom muncul dua kali",
        todo: "Setiap kolom hanya boleh ada sekali; hapus salinannya.",
      },
      "row-unclosed-quote": {
        what: 'tanda kutip (") dibuka tetapi tidak ditutup',
        todo: 'Tutup tanda kutip pada sel ini, atau hapus tanda kutip yang tersisa. Di dalam sel, tulis kutip ganda sebagai "".',
      },
      "row-field-count": {
        what: "baris ini punya {found} sel, seharusnya {expected}",
        todo: "Periksa pemisah kolom dan tanda kutip; teks yang mengandung pemisah harus diapit tanda kutip.",
        todoWhen: {
          otherDelimiter:
            'Baris ini tampaknya memakai pemisah "{otherDelimiter}" sedangkan judul memakai "{delimiter}"; pakai satu pemisah untuk seluruh berkas.',
        },
      },
      "cell-no-heading": {
        what: "ada isi di kolom tanpa judul",
        todo: "Beri kolom itu judul yang dikenal, atau hapus isinya; data di kolom tanpa judul tidak dapat dibaca.",
      },
      "cell-required": { what: "sel wajib diisi tetapi kosong", todo: "Isi sel ini." },
      "cell-not-number": {
        what: "bukan angka",
        todo: "Tulis angka dengan satu pemisah desimal, mis. 70.61 atau 70,61, tanpa huruf atau spasi.",
      },
      "cell-not-finite": {
        what: "bukan angka terhingga (NaN/Infinity)",
        todo: "Tulis nilai yang diterbitkan; jika belum ada, kosongkan sel dan jelaskan di kolom note.",
      },
      "cell-thousands-separator": {
        what: "angka memakai pemisah ribuan",
        todo: "Hapus pemisah ribuan dan pakai satu pemisah desimal, mis. 1234.5 atau 1234,5.",
      },
      "cell-percent": {
        what: "angka ditulis dengan tanda persen",
        todo: "Hapus tanda %; satuan sudah ditentukan di indicators.csv.",
      },
      "cell-not-integer": { what: "harus bilangan bulat", todo: "Tulis bilangan bulat tanpa desimal, mis. 2." },
      "cell-year": { what: "bukan tahun yang masuk akal ({min}–{max})", todo: "Tulis tahun dengan empat angka, mis. 2024." },
      "cell-year-future": {
        what: "tahun data melewati tahun berjalan ({max})",
        todo: "Nilai yang belum terjadi adalah target: tulis di targets.csv, bukan di observations.csv.",
      },
      "cell-enum": { what: "nilai tidak dikenal", todo: "Pilih salah satu: {allowed}." },
      "cell-formula": {
        what: "sel tampak seperti rumus spreadsheet",
        todo: "Tulis nilainya sendiri, bukan rumus (jangan diawali =, +, @, atau tab).",
      },
      "cell-too-long": {
        what: "sel terlalu panjang (lebih dari {max} karakter)",
        todo: "Persingkat teksnya; kemungkinan ada tanda kutip yang tidak ditutup di atas baris ini.",
      },
      "cell-date": {
        what: "bukan tanggal yang sah",
        todo: "Tulis tanggal sebagai tahun-bulan-hari, mis. {format}.",
      },
      "cell-url": {
        what: "bukan alamat web yang sah",
        todo: "Tulis alamat lengkap yang diawali http:// atau https://, atau kosongkan.",
      },
      "cell-code": {
        what: "format kode salah ({format})",
        todo: "Tulis kode sesuai format {format}; di Excel, format kolom sebagai Teks agar angka 0 di depan tidak hilang.",
      },
      "ref-unknown-region": {
        what: "kode wilayah tidak ada di regions.csv",
        todo: "Perbaiki kodenya atau tambahkan wilayah itu ke regions.csv.",
      },
      "ref-unknown-indicator": { what: "kode indikator tidak ada di indicators.csv", todo: "Pakai salah satu: {allowed}." },
      "ref-unknown-source": {
        what: "id sumber tidak ada di sources.csv",
        todo: "Tambahkan sumbernya ke sources.csv (judul, penerbit, alamat), lalu pakai id-nya di sini. Setiap angka harus punya sumber.",
      },
      "ref-unknown-series": {
        what: 'seri "{series}" tidak dikenal untuk indikator {indicator}',
        todo: "Tambahkan seri untuk indikator {indicator} di series.csv, lalu pakai kodenya di sini.",
        todoWhen: { allowed: "Pakai salah satu seri di series.csv: {allowed}." },
      },
      "ref-unknown-parent": { what: "kode induk tidak dikenal", todo: "Tulis kode yang ada di tabel yang sama, atau kosongkan." },
      "parent-cycle": {
        what: "kode induk kembali ke baris ini sendiri ({chain})",
        todo: "Induk kabupaten/kota adalah provinsinya, induk provinsi adalah nasional (0000); induk komponen indikator adalah indikator utamanya. Perbaiki kode induknya.",
      },
      "value-out-of-range": {
        what: "di luar rentang {indicator} ({min}–{max})",
        todo: "Periksa angka dan letak koma desimalnya (mis. IKG ditulis 0,571, bukan 571).",
      },
      "duplicate-row": {
        what: "baris ganda: {key} sudah ada di baris {firstLine}",
        todo: "Hapus salah satu baris; jika nilainya berbeda, periksa mana yang benar di sumbernya.",
      },
      "duplicate-id": {
        what: "id/kode ganda, sudah dipakai di baris {firstLine}",
        todo: "Setiap id harus unik; ganti salah satunya.",
      },
      "target-year-order": {
        what: "tahun target ({targetYear}) tidak sesudah tahun baseline ({baselineYear})",
        todo: "Tahun target harus lebih besar dari tahun baseline; mungkin keduanya tertukar.",
      },
      "year-order": {
        what: "tahun akhir lebih awal dari tahun mulai",
        todo: "Tukar tahun mulai dan tahun akhir, atau kosongkan tahun akhir.",
      },
      "range-order": { what: "nilai minimum tidak lebih kecil dari maksimum", todo: "Periksa kolom min dan max." },
      "headline-series": {
        what: "indikator {indicator} punya lebih dari satu seri utama",
        todo: "Tandai hanya satu seri dengan headline = yes.",
      },
      "setting-unknown-key": { what: "pengaturan tidak dikenal", todo: "Pengaturan yang dikenal: {allowed}." },
      "setting-missing": {
        what: 'pengaturan "{key}" tidak ada',
        todo: "Tambahkan baris {key} dengan kode wilayah fokus, mis. 6302.",
      },
    } satisfies Record<IssueCode, IssueMessage>,
  },
  /** What the browser shows (client components), as templates. */
  client: {
    status: STATUS,
    errorPage: errorPageText.id,
    figure: {
      source: "Sumber",
      lastYear: "data terakhir",
      showTable: "Tabel data di balik grafik",
      region: "Wilayah",
      year: "Tahun",
      value: "Nilai",
      series: "Seri",
      role: "Keterangan",
      scrollLabel: "Grafik panjang; gulir untuk melihat semua wilayah",
      pointer: "Grafik: arahkan penunjuk, atau pilih lalu tekan tombol panah, untuk membaca setiap nilai",
      missing: "tidak tersedia",
    },
    print: {
      printed: "dicetak {date}",
    },
    peers: {
      titleDefault: "{code} {region} dibandingkan provinsi, nasional dan daerah peraih APE",
      titleAlone: "{code} {region} dari tahun ke tahun",
      titleList: "{code} {region} dibandingkan {list}",
      titleMany: "{code} {region} dibandingkan {n} wilayah lain",
      titleWithout: "{code}: {list}",
      titleWithoutMany: "{code}: {n} wilayah",
      and: "dan",
      summary:
        "Garis {code} untuk {n} wilayah terpilih; {region} disorot, wilayah lain abu-abu sampai ditunjuk. Tabel dan unduhan memuat nilai yang tampil.",
      pick: "Wilayah yang ditampilkan",
      filter: "Cari wilayah",
      reset: "Pilihan bawaan",
      all: "Semua",
      none: "Kosongkan",
      series: "Seri metodologi",
      unknown: "Kode wilayah di alamat tidak dikenal dan diabaikan: {codes}.",
      unknownSeries: 'Seri "{code}" di alamat tidak dikenal; ditampilkan seri bawaan.',
      empty: "Belum ada wilayah dipilih. Centang wilayah di sebelah kiri.",
      noValues: "Belum ada nilai dalam seri ini untuk: {regions}.",
    },
    scenario: {
      title: "Coba target (skenario)",
      label: "Target {year} yang ingin dicoba",
      hint: "Tulis angka dengan koma atau titik desimal, lalu tekan Enter. Contoh: 88,5.",
      notOfficial:
        "Skenario, bukan target resmi. Nilainya tidak disimpan di mana pun; hanya ada di alamat halaman ini, sehingga tautan dapat dibagikan.",
      notNumber: '"{value}" bukan angka. Tulis mis. 88,5.',
      outOfRange: "Nilai di luar rentang indeks ({min}–{max}).",
      required: "Laju dibutuhkan",
      achieved: "Laju tercapai {from}–{to}",
      projected: "Proyeksi {year} bila tren berlanjut",
      perYear: "/tahun",
      clear: "Hapus skenario",
      noPace: "Laju tercapai",
    },
    scatter: {
      title: "Kabupaten/kota pada {x} dan {y}, {year}",
      subtitle: "Satu titik per kabupaten/kota: {x} (sumbu datar) dan {y} (sumbu tegak)",
      better: "lebih baik",
      summary:
        "{n} kabupaten/kota pada {x} dan {y} tahun {year}; garis putus-putus biru adalah nilai provinsi. Tabel dan unduhan memuat kedua nilai setiap wilayah.",
      yAxis: "Sumbu tegak",
      others: "Kabupaten/kota lain",
      unknownY: 'Indikator "{value}" di alamat tidak dikenal; ditampilkan pilihan bawaan.',
      empty: "Belum ada wilayah dengan nilai {x} dan {y} pada tahun ini.",
      missing: "Tidak tampil karena salah satu nilai belum tersedia: {list}.",
    },
    table: {
      rank: "Peringkat",
      region: "Wilayah",
      level: "Tingkat",
      value: "Nilai",
      change: "Perubahan",
      changeSince: "Perubahan sejak {year}",
      source: "Sumber",
      missing: "tidak tersedia",
      pages: "Halaman tabel",
      prevPage: "Sebelumnya",
      nextPage: "Berikutnya",
      pageOf: "Halaman {page} dari {pages} ({rows} wilayah)",
      toFocus: "Ke {name}",
    },
    downloads: {
      group: "Unduh grafik ini",
      label: "Unduh:",
      excel: "CSV (Excel Indonesia)",
      notReady: "Grafik belum selesai digambar; coba lagi sebentar lagi.",
      failed: "Gambar tidak dapat dibuat di peramban ini.",
      xlsx: "Excel (XLSX)",
      xlsxHint: "Angka tersimpan sebagai angka: terbaca benar di Excel berbahasa apa pun. Dengan lembar Sumber & metode.",
      csvHint: "CSV standar (koma, titik desimal) untuk aplikasi dan skrip",
      excelHint: "Hanya untuk Excel dengan pengaturan Indonesia (koma desimal); di Excel berbahasa Inggris pakai XLSX",
      failedFile: "Berkas tidak dapat dibuat di peramban ini.",
      kinds: {
        trend: "tren",
        ranking: "peringkat",
        peers: "pembanding",
        scatter: "sebaran",
        rankHistory: "peringkat-per-tahun",
        map: "peta",
      },
    },
    csvColumns: {
      region_code: "kode_wilayah",
      region_name: "nama_wilayah",
      indicator: "indikator",
      year: "tahun",
      value: "nilai",
      series: "seri",
      source_id: "id_sumber",
      source: "sumber",
      source_url: "url_sumber",
      role: "keterangan",
    },
    deck: {
      slide: "Slide",
      of: "dari",
      prev: "Sebelumnya",
      next: "Berikutnya",
      fullscreen: "Layar penuh",
      exitFullscreen: "Keluar layar penuh",
      print: "Cetak / PDF",
      notes: "Catatan pembicara",
      notesKey: "Catatan pembicara (N)",
      pptx: "Unduh PowerPoint",
      back: "Kembali ke dasbor",
      keys: "Tombol: ← → / Page Up, Page Down / spasi / Home, End",
      notFound: 'Slide "{n}" tidak ada; dasbor ini punya {max} slide. Ditampilkan slide 1.',
    },
    checker: {
      tableLabel: "Jenis tabel",
      auto: "Kenali dari judul kolom",
      drop: "Seret berkas CSV ke sini, atau",
      choose: "Pilih berkas CSV",
      private: "Berkas hanya dibaca di peramban ini: tidak dikirim ke mana pun dan tidak disimpan.",
      checking: "Memeriksa…",
      unknownTable: "Jenis tabel {file} tidak dikenali dari judul kolomnya. Pilih jenis tabel di atas, lalu pilih berkas lagi.",
      ok: "{file} lolos semua pemeriksaan sebagai {table}.csv.",
      okRows: "{rows} baris.",
      okRowsRegions: "{rows} baris, {regions} wilayah, tahun {years}.",
      problems: "{n} masalah di {file}",
      problemsOne: "{n} masalah di {file}",
      nothingLoaded: "Berkas ini belum dapat dipakai. Perbaiki setiap baris di bawah, lalu periksa lagi.",
      problemsCaption: "Masalah per baris dan kolom",
      previewTitle: "Pratinjau {code} {region}",
      indicator: "Indikator",
      yours: "Berkas Anda",
      bundled: "Data dasbor",
      previewNote: "Nilai di berkas Anda: {values}.",
    },
  },
};
