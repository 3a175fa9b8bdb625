/**
 * A problem found in the data files, and how it is told to a data steward. Issues carry a code and
 * parameters, not sentences, so the same problem reads well in Indonesian and English, in the
 * terminal (`npm run data:check`), in a failed build, and in the browser's "Periksa CSV" page.
 */

export type IssueCode =
  | "file-missing"
  | "file-unreadable"
  | "file-too-large"
  | "file-utf16"
  | "file-not-utf8"
  | "file-binary"
  | "file-empty"
  | "file-header-only"
  | "header-missing-column"
  | "header-unknown-column"
  | "header-duplicate-column"
  | "row-unclosed-quote"
  | "row-field-count"
  | "cell-no-heading"
  | "cell-required"
  | "cell-not-number"
  | "cell-not-finite"
  | "cell-thousands-separator"
  | "cell-percent"
  | "cell-not-integer"
  | "cell-year"
  | "cell-year-future"
  | "cell-enum"
  | "cell-formula"
  | "cell-too-long"
  | "cell-url"
  | "cell-code"
  | "ref-unknown-region"
  | "ref-unknown-indicator"
  | "ref-unknown-source"
  | "ref-unknown-series"
  | "ref-unknown-parent"
  | "parent-cycle"
  | "value-out-of-range"
  | "duplicate-row"
  | "duplicate-id"
  | "target-year-order"
  | "year-order"
  | "range-order"
  | "headline-series"
  | "setting-unknown-key"
  | "setting-missing";

export interface DataIssue {
  /** File name as the user knows it, e.g. "observations.csv". */
  file: string;
  /** 1-based line in the file; null when the problem is the whole file. */
  line: number | null;
  /** When the same problem repeats on many lines in a row: the last of them, and how many. */
  lineEnd?: number;
  count?: number;
  /** Column name as in the header; null when the problem is the whole row or file. */
  column: string | null;
  /** 0-based position of the column in this file's header, for the spreadsheet letter. */
  columnIndex?: number;
  /** The text found, as written. */
  value: string | null;
  code: IssueCode;
  params?: Record<string, string | number>;
}

export type { Lang } from "@/lib/i18n/lang";
import type { Lang } from "@/lib/i18n/lang";

type Params = Record<string, string | number>;
type Text = (p: Params) => string;
interface Message {
  id: { what: Text; todo: Text };
  en: { what: Text; todo: Text };
}

const p = (params: Params, key: string) => String(params[key] ?? "");

const MESSAGES: Record<IssueCode, Message> = {
  "file-missing": {
    id: { what: () => "berkas tidak ditemukan", todo: (x) => `Buat berkas ini dengan kolom: ${p(x, "columns")}.` },
    en: { what: () => "file not found", todo: (x) => `Create this file with the columns: ${p(x, "columns")}.` },
  },
  "file-unreadable": {
    id: { what: () => "berkas tidak dapat dibaca", todo: () => "Pastikan ini berkas biasa (bukan folder) dan boleh dibaca; salin ulang berkasnya ke folder data." },
    en: { what: () => "file cannot be read", todo: () => "Make sure this is a plain file (not a folder) that may be read; copy the file into the data folder again." },
  },
  "file-too-large": {
    id: { what: () => "berkas terlalu besar", todo: (x) => `Batasnya ${Math.round(Number(x.max) / 1048576)} MB; pecah atau periksa apakah ini berkas yang benar.` },
    en: { what: () => "file is too large", todo: (x) => `The limit is ${Math.round(Number(x.max) / 1048576)} MB; split it or check that this is the right file.` },
  },
  "file-utf16": {
    id: { what: () => "berkas disimpan sebagai teks Unicode (UTF-16)", todo: () => "Di Excel pilih Simpan Sebagai → \"CSV UTF-8 (Comma delimited)\"." },
    en: { what: () => "file is saved as Unicode text (UTF-16)", todo: () => "In Excel choose Save As → \"CSV UTF-8 (Comma delimited)\"." },
  },
  "file-not-utf8": {
    id: { what: () => "berkas bukan UTF-8 (kemungkinan disimpan sebagai CSV Windows/Latin-1, sehingga huruf beraksen rusak)", todo: () => "Di Excel pilih Simpan Sebagai → \"CSV UTF-8 (Comma delimited)\", lalu coba lagi." },
    en: { what: () => "file is not UTF-8 (probably saved as Windows/Latin-1 CSV, which garbles accented letters)", todo: () => "In Excel choose Save As → \"CSV UTF-8 (Comma delimited)\" and try again." },
  },
  "file-binary": {
    id: { what: () => "berkas berisi data biner, bukan teks CSV", todo: () => "Pastikan ini berkas .csv (bukan .xlsx atau gambar); ekspor ulang dari Excel sebagai CSV UTF-8." },
    en: { what: () => "file contains binary data, not CSV text", todo: () => "Make sure this is a .csv file (not .xlsx or an image); export it again from Excel as CSV UTF-8." },
  },
  "file-empty": {
    id: { what: () => "berkas kosong", todo: (x) => `Baris pertama harus berisi judul kolom: ${p(x, "columns")}.` },
    en: { what: () => "file is empty", todo: (x) => `The first line must hold the column headings: ${p(x, "columns")}.` },
  },
  "file-header-only": {
    id: { what: () => "berkas hanya berisi judul kolom, tanpa data", todo: () => "Tambahkan baris data di bawah judul kolom; tabel ini tidak boleh kosong." },
    en: { what: () => "file has only the header row and no data", todo: () => "Add data rows below the header; this table must not be empty." },
  },
  "header-missing-column": {
    id: { what: (x) => `kolom wajib "${p(x, "expected")}" tidak ada`, todo: (x) => (x.suggestion ? `Mungkin kolom "${p(x, "suggestion")}" maksudnya "${p(x, "expected")}"; ubah judulnya.` : `Tambahkan kolom "${p(x, "expected")}" ke baris judul.`) },
    en: { what: (x) => `required column "${p(x, "expected")}" is missing`, todo: (x) => (x.suggestion ? `Column "${p(x, "suggestion")}" probably means "${p(x, "expected")}"; rename it.` : `Add the column "${p(x, "expected")}" to the header row.`) },
  },
  "header-unknown-column": {
    id: { what: () => "kolom tidak dikenal", todo: (x) => `Hapus kolom ini atau ganti namanya. Kolom yang dikenal: ${p(x, "columns")}.` },
    en: { what: () => "unknown column", todo: (x) => `Remove this column or rename it. Known columns: ${p(x, "columns")}.` },
  },
  "header-duplicate-column": {
    id: { what: () => "nama kolom muncul dua kali", todo: () => "Setiap kolom hanya boleh ada sekali; hapus salinannya." },
    en: { what: () => "column name appears twice", todo: () => "Each column may appear only once; remove the copy." },
  },
  "row-unclosed-quote": {
    id: { what: () => "tanda kutip (\") dibuka tetapi tidak ditutup", todo: () => "Tutup tanda kutip pada sel ini, atau hapus tanda kutip yang tersisa. Di dalam sel, tulis kutip ganda sebagai \"\"." },
    en: { what: () => "a quote (\") is opened but never closed", todo: () => "Close the quote in this cell, or remove the stray quote. Inside a cell, write a double quote as \"\"." },
  },
  "row-field-count": {
    id: { what: (x) => `baris ini punya ${p(x, "found")} sel, seharusnya ${p(x, "expected")}`, todo: (x) => (x.otherDelimiter ? `Baris ini tampaknya memakai pemisah "${p(x, "otherDelimiter")}" sedangkan judul memakai "${p(x, "delimiter")}"; pakai satu pemisah untuk seluruh berkas.` : "Periksa pemisah kolom dan tanda kutip; teks yang mengandung pemisah harus diapit tanda kutip.") },
    en: { what: (x) => `this row has ${p(x, "found")} cells, expected ${p(x, "expected")}`, todo: (x) => (x.otherDelimiter ? `This row seems to use "${p(x, "otherDelimiter")}" as delimiter while the header uses "${p(x, "delimiter")}"; use one delimiter in the whole file.` : "Check the delimiters and quotes; text containing the delimiter must be quoted.") },
  },
  "cell-no-heading": {
    id: { what: () => "ada isi di kolom tanpa judul", todo: () => "Beri kolom itu judul yang dikenal, atau hapus isinya; data di kolom tanpa judul tidak dapat dibaca." },
    en: { what: () => "there is content in a column without a heading", todo: () => "Give the column a known heading, or delete the content; data in a column without a heading cannot be read." },
  },
  "cell-required": {
    id: { what: () => "sel wajib diisi tetapi kosong", todo: () => "Isi sel ini." },
    en: { what: () => "required cell is empty", todo: () => "Fill in this cell." },
  },
  "cell-not-number": {
    id: { what: () => "bukan angka", todo: () => "Tulis angka dengan satu pemisah desimal, mis. 70.61 atau 70,61, tanpa huruf atau spasi." },
    en: { what: () => "not a number", todo: () => "Write a number with one decimal separator, e.g. 70.61 or 70,61, without letters or spaces." },
  },
  "cell-not-finite": {
    id: { what: () => "bukan angka terhingga (NaN/Infinity)", todo: () => "Tulis nilai yang diterbitkan; jika belum ada, kosongkan sel dan jelaskan di kolom note." },
    en: { what: () => "not a finite number (NaN/Infinity)", todo: () => "Write the published value; if there is none, leave the cell empty and explain in the note column." },
  },
  "cell-thousands-separator": {
    id: { what: () => "angka memakai pemisah ribuan", todo: () => "Hapus pemisah ribuan dan pakai satu pemisah desimal, mis. 1234.5 atau 1234,5." },
    en: { what: () => "number uses a thousands separator", todo: () => "Remove the thousands separator and use one decimal separator, e.g. 1234.5 or 1234,5." },
  },
  "cell-percent": {
    id: { what: () => "angka ditulis dengan tanda persen", todo: () => "Hapus tanda %; satuan sudah ditentukan di indicators.csv." },
    en: { what: () => "number written with a percent sign", todo: () => "Remove the % sign; the unit is set in indicators.csv." },
  },
  "cell-not-integer": {
    id: { what: () => "harus bilangan bulat", todo: () => "Tulis bilangan bulat tanpa desimal, mis. 2." },
    en: { what: () => "must be a whole number", todo: () => "Write a whole number without decimals, e.g. 2." },
  },
  "cell-year": {
    id: { what: (x) => `bukan tahun yang masuk akal (${p(x, "min")}–${p(x, "max")})`, todo: () => "Tulis tahun dengan empat angka, mis. 2024." },
    en: { what: (x) => `not a plausible year (${p(x, "min")}–${p(x, "max")})`, todo: () => "Write the year as four digits, e.g. 2024." },
  },
  "cell-year-future": {
    id: { what: (x) => `tahun data melewati tahun berjalan (${p(x, "max")})`, todo: () => "Nilai yang belum terjadi adalah target: tulis di targets.csv, bukan di observations.csv." },
    en: { what: (x) => `observation year is after the current year (${p(x, "max")})`, todo: () => "A value that has not happened yet is a target: put it in targets.csv, not observations.csv." },
  },
  "cell-enum": {
    id: { what: () => "nilai tidak dikenal", todo: (x) => `Pilih salah satu: ${p(x, "allowed")}.` },
    en: { what: () => "unknown value", todo: (x) => `Use one of: ${p(x, "allowed")}.` },
  },
  "cell-formula": {
    id: { what: () => "sel tampak seperti rumus spreadsheet", todo: () => "Tulis nilainya sendiri, bukan rumus (jangan diawali =, +, @, atau tab)." },
    en: { what: () => "cell looks like a spreadsheet formula", todo: () => "Write the value itself, not a formula (do not start with =, +, @ or a tab)." },
  },
  "cell-too-long": {
    id: { what: (x) => `sel terlalu panjang (lebih dari ${p(x, "max")} karakter)`, todo: () => "Persingkat teksnya; kemungkinan ada tanda kutip yang tidak ditutup di atas baris ini." },
    en: { what: (x) => `cell is too long (over ${p(x, "max")} characters)`, todo: () => "Shorten the text; there may be an unclosed quote above this line." },
  },
  "cell-url": {
    id: { what: () => "bukan alamat web yang sah", todo: () => "Tulis alamat lengkap yang diawali http:// atau https://, atau kosongkan." },
    en: { what: () => "not a valid web address", todo: () => "Write a full address starting with http:// or https://, or leave it empty." },
  },
  "cell-code": {
    id: { what: (x) => `format kode salah (${p(x, "format")})`, todo: (x) => `Tulis kode sesuai format ${p(x, "format")}; di Excel, format kolom sebagai Teks agar angka 0 di depan tidak hilang.` },
    en: { what: (x) => `wrong code format (${p(x, "format")})`, todo: (x) => `Write the code in the format ${p(x, "format")}; in Excel, format the column as Text so leading zeros are kept.` },
  },
  "ref-unknown-region": {
    id: { what: () => "kode wilayah tidak ada di regions.csv", todo: () => "Perbaiki kodenya atau tambahkan wilayah itu ke regions.csv." },
    en: { what: () => "region code not in regions.csv", todo: () => "Fix the code or add the region to regions.csv." },
  },
  "ref-unknown-indicator": {
    id: { what: () => "kode indikator tidak ada di indicators.csv", todo: (x) => `Pakai salah satu: ${p(x, "allowed")}.` },
    en: { what: () => "indicator code not in indicators.csv", todo: (x) => `Use one of: ${p(x, "allowed")}.` },
  },
  "ref-unknown-source": {
    id: { what: () => "id sumber tidak ada di sources.csv", todo: () => "Tambahkan sumbernya ke sources.csv (judul, penerbit, alamat), lalu pakai id-nya di sini. Setiap angka harus punya sumber." },
    en: { what: () => "source id not in sources.csv", todo: () => "Add the source to sources.csv (title, publisher, address), then use its id here. Every figure needs a source." },
  },
  "ref-unknown-series": {
    id: { what: (x) => `seri "${p(x, "series")}" tidak dikenal untuk indikator ${p(x, "indicator")}`, todo: (x) => `Pakai salah satu seri di series.csv: ${p(x, "allowed")}.` },
    en: { what: (x) => `series "${p(x, "series")}" is not defined for indicator ${p(x, "indicator")}`, todo: (x) => `Use one of the series in series.csv: ${p(x, "allowed")}.` },
  },
  "ref-unknown-parent": {
    id: { what: () => "kode induk tidak dikenal", todo: () => "Tulis kode yang ada di tabel yang sama, atau kosongkan." },
    en: { what: () => "unknown parent code", todo: () => "Use a code that exists in the same table, or leave it empty." },
  },
  "parent-cycle": {
    id: { what: (x) => `kode induk kembali ke baris ini sendiri (${p(x, "chain")})`, todo: () => "Induk kabupaten/kota adalah provinsinya, induk provinsi adalah nasional (0000); induk komponen indikator adalah indikator utamanya. Perbaiki kode induknya." },
    en: { what: (x) => `the parent code leads back to this row (${p(x, "chain")})`, todo: () => "A regency's or city's parent is its province, a province's parent is the nation (0000), an indicator component's parent is its headline indicator. Correct the parent code." },
  },
  "value-out-of-range": {
    id: { what: (x) => `di luar rentang ${p(x, "indicator")} (${p(x, "min")}–${p(x, "max")})`, todo: () => "Periksa angka dan letak koma desimalnya (mis. IKG ditulis 0,571, bukan 571)." },
    en: { what: (x) => `outside the range of ${p(x, "indicator")} (${p(x, "min")}–${p(x, "max")})`, todo: () => "Check the number and its decimal point (e.g. IKG is written 0.571, not 571)." },
  },
  "duplicate-row": {
    id: { what: (x) => `baris ganda: ${p(x, "key")} sudah ada di baris ${p(x, "firstLine")}`, todo: () => "Hapus salah satu baris; jika nilainya berbeda, periksa mana yang benar di sumbernya." },
    en: { what: (x) => `duplicate row: ${p(x, "key")} already on line ${p(x, "firstLine")}`, todo: () => "Delete one of the rows; if the values differ, check which is right in the source." },
  },
  "duplicate-id": {
    id: { what: (x) => `id/kode ganda, sudah dipakai di baris ${p(x, "firstLine")}`, todo: () => "Setiap id harus unik; ganti salah satunya." },
    en: { what: (x) => `duplicate id/code, already used on line ${p(x, "firstLine")}`, todo: () => "Every id must be unique; change one of them." },
  },
  "target-year-order": {
    id: { what: (x) => `tahun target (${p(x, "targetYear")}) tidak sesudah tahun baseline (${p(x, "baselineYear")})`, todo: () => "Tahun target harus lebih besar dari tahun baseline; mungkin keduanya tertukar." },
    en: { what: (x) => `target year (${p(x, "targetYear")}) is not after the baseline year (${p(x, "baselineYear")})`, todo: () => "The target year must be later than the baseline year; they may be swapped." },
  },
  "year-order": {
    id: { what: () => "tahun akhir lebih awal dari tahun mulai", todo: () => "Tukar tahun mulai dan tahun akhir, atau kosongkan tahun akhir." },
    en: { what: () => "end year is before start year", todo: () => "Swap the start and end years, or leave the end year empty." },
  },
  "range-order": {
    id: { what: () => "nilai minimum tidak lebih kecil dari maksimum", todo: () => "Periksa kolom min dan max." },
    en: { what: () => "minimum is not below maximum", todo: () => "Check the min and max columns." },
  },
  "headline-series": {
    id: { what: (x) => `indikator ${p(x, "indicator")} punya lebih dari satu seri utama`, todo: () => "Tandai hanya satu seri dengan headline = yes." },
    en: { what: (x) => `indicator ${p(x, "indicator")} has more than one headline series`, todo: () => "Mark only one series with headline = yes." },
  },
  "setting-unknown-key": {
    id: { what: () => "pengaturan tidak dikenal", todo: (x) => `Pengaturan yang dikenal: ${p(x, "allowed")}.` },
    en: { what: () => "unknown setting", todo: (x) => `Known settings: ${p(x, "allowed")}.` },
  },
  "setting-missing": {
    id: { what: (x) => `pengaturan "${p(x, "key")}" tidak ada`, todo: (x) => `Tambahkan baris ${p(x, "key")} dengan kode wilayah fokus, mis. 6302.` },
    en: { what: (x) => `setting "${p(x, "key")}" is missing`, todo: (x) => `Add a ${p(x, "key")} row with the focus region's code, e.g. 6302.` },
  },
};

const LABELS = {
  id: { line: "baris", column: "kolom", file: "berkas", range: (n: number, a: number, b: number) => `${n} baris antara baris ${a} dan ${b}` },
  en: { line: "line", column: "column", file: "file", range: (n: number, a: number, b: number) => `${n} lines between line ${a} and ${b}` },
};

/** Where the problem is: "observations.csv, baris 14, kolom D (value)". */
export function formatIssueLocation(issue: DataIssue, lang: Lang, dir?: string): string {
  const l = LABELS[lang];
  const parts = [dir ? `${dir.replace(/\/$/, "")}/${issue.file}` : issue.file];
  if (issue.line !== null) {
    parts.push(issue.lineEnd !== undefined ? l.range(issue.count ?? 0, issue.line, issue.lineEnd) : `${l.line} ${issue.line}`);
  }
  if (issue.column !== null) {
    const letter = issue.columnIndex !== undefined ? columnLetter(issue.columnIndex) : null;
    parts.push(letter ? (issue.column ? `${l.column} ${letter} (${issue.column})` : `${l.column} ${letter}`) : `${l.column} ${issue.column}`);
  }
  return parts.join(", ");
}

export function describeIssue(issue: DataIssue, lang: Lang): { what: string; todo: string } {
  const m = MESSAGES[issue.code][lang];
  const params = issue.params ?? {};
  return { what: m.what(params), todo: m.todo(params) };
}

/** One line for a terminal or log: location, the value found, what is wrong, what to do. */
export function formatIssue(issue: DataIssue, lang: Lang, dir?: string): string {
  const { what, todo } = describeIssue(issue, lang);
  const found = issue.value !== null && issue.value !== "" ? ` "${truncate(issue.value)}"` : "";
  return `${formatIssueLocation(issue, lang, dir)}:${found} ${what}. ${todo}`;
}

function truncate(s: string): string {
  const flat = s.replace(/\s+/g, " ");
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}

/** Excel-style column letter for a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * The same problem on five or more consecutive issues (one mistyped region code makes every row that
 * uses it "unknown") becomes one issue naming the line range and count: every line is still covered,
 * and the list stays readable.
 */
export function groupRepeatedIssues(issues: DataIssue[], minRun = 5): DataIssue[] {
  const out: DataIssue[] = [];
  let i = 0;
  while (i < issues.length) {
    const first = issues[i]!;
    let j = i + 1;
    while (
      j < issues.length &&
      first.line !== null &&
      issues[j]!.line !== null &&
      issues[j]!.file === first.file &&
      issues[j]!.code === first.code &&
      issues[j]!.column === first.column &&
      issues[j]!.value === first.value
    )
      j++;
    if (j - i >= minRun) {
      out.push({ ...first, lineEnd: issues[j - 1]!.line!, count: j - i });
    } else {
      out.push(...issues.slice(i, j));
    }
    i = j;
  }
  return out;
}
