/**
 * Reads a date a reader types into a date field, in the reader's language: ISO (`2025-01-20`, `2025-01`, `2025`),
 * day-first numbers (`20.01.2025`, `20/01/2025`, `20-01-2025`, `01.2025`), and words in any order ("20 January 2025",
 * "January 20, 2025", "20 января 2025 г.", "٢٠ يناير ٢٠٢٥"), with month names full or cut to 3+ letters. Whatever
 * `formatDay` (src/content/dates.ts) prints for a language reads back to the same span.
 *
 * The month names come from Intl for the language's locale (nominative and genitive, long and short), plus English in
 * every language. The calendar is dates.ts's: a date that is not on it (31 February) is not read.
 */
import { parsePartialDate, type DaySpan } from '../../content/dates';
import { LOCALES, type Lang } from '../../i18n/i18n';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The span of a year, a month or a day, or null for 31 February, month 13 and the like (dates.ts's calendar). */
function span(year: number, month?: number, day?: number): DaySpan | null {
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && (month === undefined || day < 1 || day > 31)) return null;
  return parsePartialDate([pad(year, 4), ...(month === undefined ? [] : [pad(month, 2)]), ...(day === undefined ? [] : [pad(day, 2)])].join('-'));
}

/** Bidi marks and embeddings that Arabic text (typed or printed by Intl) may carry. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Lower case, Latin digits, no bidi marks, Arabic alif variants folded, trailing punctuation gone. */
function normalize(text: string): string {
  return text
    .normalize('NFC')
    .replace(BIDI, '')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[أإآ]/g, 'ا')
    .toLowerCase()
    .trim()
    .replace(/[\s.,;:!?،؛؟]+$/u, '');
}

/** Each month's names in a locale, normalized: standalone and in a date (nominative and genitive), long and short. */
function monthNames(locale: string): string[][] {
  const styles: Intl.DateTimeFormatOptions[] = [{ month: 'long' }, { month: 'short' }, { day: 'numeric', month: 'long' }, { day: 'numeric', month: 'short' }];
  const formats = styles.map((options) => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }));
  return Array.from({ length: 12 }, (_, i) => {
    const date = new Date(Date.UTC(2025, i, 15));
    const names = formats.map((f) => normalize(f.formatToParts(date).find((p) => p.type === 'month')?.value ?? ''));
    return [...new Set(names.filter((name) => /^[\p{L}\p{M}]+$/u.test(name)))];
  });
}

const tables = new Map<Lang, string[][]>();
function monthTable(lang: Lang): string[][] {
  let table = tables.get(lang);
  if (!table) {
    const english = monthNames('en-GB');
    const own = lang === 'en' ? english : monthNames(LOCALES[lang]);
    table = own.map((names, i) => [...names, ...(english[i] ?? [])]);
    tables.set(lang, table);
  }
  return table;
}

/** The month (1–12) a word names, whole or as a prefix of 3+ letters; null if none or more than one. */
function monthOf(word: string, lang: Lang): number | null {
  if (word.length < 3) return null;
  const months = monthTable(lang).flatMap((names, i) => (names.some((name) => name.startsWith(word)) ? [i + 1] : []));
  return months.length === 1 ? (months[0] ?? null) : null;
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
/** Day-first numbers, one separator throughout: 20.01.2025, 20/01/2025, 20-01-2025; or a month, 01.2025. */
const NUMERIC_DAY = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$/;
const NUMERIC_MONTH = /^(\d{1,2})[./-](\d{4})$/;
/** A year, possibly with the Russian "г."/"года" attached; or that mark alone, after the year. */
const YEAR = /^(\d{4})(?:г|года?)?$/;
const YEAR_MARK = /^(?:г|года?)$/;
const DAY = /^(\d{1,2})(?:st|nd|rd|th)?$/;
const num = (digits: string | undefined) => (digits === undefined ? undefined : Number(digits));

/** The span a typed date means in `lang`, or null if it is not one date with a year on the calendar. */
export function parseTypedDate(text: string, lang: Lang): DaySpan | null {
  const clean = normalize(text);
  const iso = ISO.exec(clean);
  if (iso) return span(Number(iso[1]), num(iso[2]), num(iso[3]));
  const numericDay = NUMERIC_DAY.exec(clean);
  if (numericDay) return span(Number(numericDay[4]), Number(numericDay[3]), Number(numericDay[1]));
  const numericMonth = NUMERIC_MONTH.exec(clean);
  if (numericMonth) return span(Number(numericMonth[2]), Number(numericMonth[1]));
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  let previous = '';
  for (const word of clean.split(/[\s,،]+/).map((w) => w.replace(/\.+$/, ''))) {
    const y = YEAR.exec(word);
    const d = DAY.exec(word);
    if (y) {
      if (year !== undefined) return null;
      year = Number(y[1]);
    } else if (d) {
      if (day !== undefined) return null;
      day = Number(d[1]);
    } else if (YEAR_MARK.test(word)) {
      if (!YEAR.test(previous)) return null;
    } else if (word !== '') {
      const m = monthOf(word, lang);
      if (m === null || month !== undefined) return null;
      month = m;
    }
    previous = word;
  }
  if (year === undefined || (day !== undefined && month === undefined)) return null;
  return span(year, month, day);
}
