/**
 * Dates for people: "5 November 2025" / "5 November 2025", "1 Desember 2022" / "1 December 2022".
 * Month names written out for the same reason numbers are (lib/format/number.ts): no locale data to
 * load in the browser, and the same words on the server and in the browser.
 */
import type { CalendarDate } from "@/lib/data/schemas";
import type { Lang } from "@/lib/i18n/lang";

const MONTHS: Record<Lang, readonly string[]> = {
  id: ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

/** "5 November 2025"; without a day, "November 2025". */
export function formatDate(date: CalendarDate, lang: Lang): string {
  const month = MONTHS[lang][date.month - 1];
  if (!month) throw new Error(`month ${date.month} is not 1–12`);
  return date.day ? `${date.day} ${month} ${date.year}` : `${month} ${date.year}`;
}

/** Today's date on this machine's clock, as a CalendarDate. */
export function today(now = new Date()): CalendarDate & { day: number } {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}
