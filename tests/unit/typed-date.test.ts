import { describe, expect, it } from 'vitest';
import { dayNumber, formatDay, parsePartialDate, type DaySpan, type Precision } from '../../src/content/dates';
import { LANGS, LOCALES, type Lang } from '../../src/i18n/i18n';
import { parseTypedDate } from '../../src/features/timeline/typed-date';

const FIRST = dayNumber(2024, 1, 1);
const LAST = dayNumber(2026, 12, 31);
const days = Array.from({ length: LAST - FIRST + 1 }, (_, i) => FIRST + i);

/** The span a day has at a precision, worked out with dates.ts: the day itself, its whole month or its whole year. */
function spanOf(day: number, precision: Precision): DaySpan {
  const iso = new Date(day * 86_400_000).toISOString();
  const text = precision === 'day' ? iso.slice(0, 10) : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
  const span = parsePartialDate(text);
  if (!span) throw new Error(`no span for ${text}`);
  return span;
}

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
const EASTERN_ARABIC_INDIC = '۰۱۲۳۴۵۶۷۸۹';
const withDigits = (text: string, digits: string) => text.replace(/\d/g, (d) => digits[Number(d)] ?? d);
const two = (n: number) => String(n).padStart(2, '0');
/** The expected span, from dates.ts: span(2025) is the year, span(2025, 1) January, span(2025, 1, 20) the day. */
const span = (year: number, month?: number, day?: number): DaySpan | null =>
  parsePartialDate(month === undefined ? String(year) : day === undefined ? `${year}-${two(month)}` : `${year}-${two(month)}-${two(day)}`);

describe('parseTypedDate reads back what formatDay prints', () => {
  for (const lang of LANGS) {
    for (const precision of ['day', 'month', 'year'] as const) {
      it(`${lang}, to the ${precision}, for every day of 2024–2026`, () => {
        for (const day of days) {
          const printed = formatDay(day, precision, LOCALES[lang]);
          expect(parseTypedDate(printed, lang), printed).toEqual(spanOf(day, precision));
          expect(parseTypedDate(printed.toUpperCase(), lang), printed).toEqual(spanOf(day, precision));
        }
      });
    }
  }

  it('ar, as Intl prints it with Arabic-Indic digits and bidi marks, and with Eastern Arabic-Indic digits', () => {
    for (const day of days) {
      for (const precision of ['day', 'month', 'year'] as const) {
        const printed = formatDay(day, precision, 'ar-u-nu-arab');
        const marked = `\u200f${printed.replace(/ /g, '\u061c ')}\u200f`;
        const ar = formatDay(day, precision, 'ar');
        for (const text of [printed, marked, withDigits(ar, ARABIC_INDIC), withDigits(ar, EASTERN_ARABIC_INDIC)]) {
          expect(parseTypedDate(text, 'ar'), text).toEqual(spanOf(day, precision));
        }
      }
    }
  });

  it('reads ISO dates in every language, as parsePartialDate does', () => {
    for (const lang of LANGS) {
      for (const day of days) {
        for (const precision of ['day', 'month', 'year'] as const) {
          const iso = new Date(day * 86_400_000).toISOString().slice(0, precision === 'day' ? 10 : precision === 'month' ? 7 : 4);
          expect(parseTypedDate(iso, lang), iso).toEqual(parsePartialDate(iso));
        }
      }
    }
  });
});

describe('parseTypedDate reads what readers type', () => {
  it.each<[Lang, string, DaySpan | null]>([
    ['en', '20 Jan 2025', span(2025, 1, 20)],
    ['en', 'January 2025', span(2025, 1)],
    ['en', '2025', span(2025)],
    ['en', '20/01/2025', span(2025, 1, 20)],
    ['en', '20.01.2025', span(2025, 1, 20)],
    ['en', '20-01-2025', span(2025, 1, 20)],
    ['en', 'January 20, 2025', span(2025, 1, 20)],
    ['en', '  jan 20th 2025. ', span(2025, 1, 20)],
    ['en', 'Sept 2025', span(2025, 9)],
    ['en', '29 feb 2024', span(2024, 2, 29)],
    ['en', '2025-01-20', span(2025, 1, 20)],
    ['en', '2025-01', span(2025, 1)],
    ['ru', '20 января 2025', span(2025, 1, 20)],
    ['ru', '20 январь 2025', span(2025, 1, 20)],
    ['ru', 'янв 2025', span(2025, 1)],
    ['ru', 'янв. 2025 г.', span(2025, 1)],
    ['ru', '1 сент 2025', span(2025, 9, 1)],
    ['ru', '9 мая 2025 года', span(2025, 5, 9)],
    ['ru', 'Май 2025г.', span(2025, 5)],
    ['ru', '20.01.2025', span(2025, 1, 20)],
    ['ru', '20 January 2025', span(2025, 1, 20)],
    ['ar', '20 يناير 2025', span(2025, 1, 20)],
    ['ar', '٢٠ يناير ٢٠٢٥', span(2025, 1, 20)],
    ['ar', '۲۰ يناير ۲۰۲۵', span(2025, 1, 20)],
    ['ar', 'ابريل ٢٠٢٥', span(2025, 4)],
    ['ar', '٢٠/٠١/٢٠٢٥', span(2025, 1, 20)],
    ['ar', '٢٠٢٥-٠١-٢٠', span(2025, 1, 20)],
    ['ar', '20 Jan 2025', span(2025, 1, 20)],
  ])('%s "%s"', (lang, text, expected) => {
    expect(expected).not.toBeNull();
    expect(parseTypedDate(text, lang)).toEqual(expected);
  });

  it.each<[Lang, string]>([
    ['en', ''],
    ['en', '   '],
    ['en', '31 February 2025'],
    ['en', '29 February 2025'],
    ['en', '2025-13'],
    ['en', '2025-02-30'],
    ['en', '32/01/2025'],
    ['en', '20/13/2025'],
    ['en', '20/01/25'],
    ['en', '20.01-2025'],
    ['en', 'hello'],
    ['en', 'hello 2025'],
    ['en', '20 2025'],
    ['en', '20 January'],
    ['en', 'January'],
    ['en', 'ju 2025'],
    ['en', 'January February 2025'],
    ['en', '20 January 2025 2026'],
    ['en', '2025 2026'],
    ['en', '20 21 January 2025'],
    ['en', '20 января 2025'],
    ['ru', '31 февраля 2025'],
    ['ru', 'ма 2025'],
    ['ru', 'г 2025'],
    ['ar', '٣١ فبراير ٢٠٢٥'],
    ['ar', '٢٠ ٢٠٢٥'],
  ])('%s rejects "%s"', (lang, text) => {
    expect(parseTypedDate(text, lang)).toBeNull();
  });
});
