import { onceUntilFailure } from '../lib/promises';
import { en, type MessageKey, type Messages } from './en';

export const LANGS = ['en', 'ar', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * English ships with the app; Arabic and Russian are fetched when first used (main.tsx loads the language of the
 * opening URL before the first render, the language switch the one chosen). Until a language has arrived, its
 * strings fall back to English.
 */
const MESSAGES: Partial<Record<Lang, Messages>> = { en };
/** Languages whose last fetch failed (offline, say): the interface stays in English and says so. */
const FAILED = new Set<Lang>();
const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};

/** Fetches one language's strings once (again after a failure), then tells the listeners. */
function loader(lang: Lang, load: () => Promise<Messages>): () => Promise<void> {
  return onceUntilFailure(async () => {
    try {
      MESSAGES[lang] = await load();
      FAILED.delete(lang);
    } catch (error) {
      FAILED.add(lang);
      throw error;
    } finally {
      notify();
    }
  });
}
const LOADERS: Record<Exclude<Lang, 'en'>, () => Promise<void>> = {
  ar: loader('ar', () => import('./ar').then((m) => m.ar)),
  ru: loader('ru', () => import('./ru').then((m) => m.ru)),
};

/** Fetches a language's strings once; resolves when they are there (at once for English). */
export function loadMessages(lang: Lang): Promise<void> {
  return lang === 'en' || MESSAGES[lang] ? Promise.resolve() : LOADERS[lang]();
}

export function hasMessages(lang: Lang): boolean {
  return MESSAGES[lang] !== undefined;
}

/** Whether the last attempt to fetch a language's strings failed. */
export function messagesFailed(lang: Lang): boolean {
  return FAILED.has(lang);
}

/** For useSyncExternalStore: called whenever a language arrives. */
export function subscribeMessages(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The locale used for dates and numbers in each language. */
export const LOCALES: Record<Lang, string> = { en: 'en-GB', ar: 'ar', ru: 'ru-RU' };
export const DIRECTION: Record<Lang, 'ltr' | 'rtl'> = { en: 'ltr', ar: 'rtl', ru: 'ltr' };
/** Each language's own name, as the language switcher shows it. */
export const LANG_NAMES: Record<Lang, string> = { en: 'English', ar: 'العربية', ru: 'Русский' };

export type Params = Record<string, string | number>;

export function parseLang(value: string | null): Lang {
  return (LANGS as readonly string[]).includes(value ?? '') ? (value as Lang) : 'en';
}

/** One number format and one set of plural rules per language, made once (a time step formats several counts). */
const numberFormats = new Map<Lang, Intl.NumberFormat>();
const pluralRules = new Map<Lang, Intl.PluralRules>();
function once<T>(cache: Map<Lang, T>, lang: Lang, make: () => T): T {
  let value = cache.get(lang);
  if (value === undefined) {
    value = make();
    cache.set(lang, value);
  }
  return value;
}

/** Looks up a string and fills in its `{parameters}`; numbers are formatted for the language. */
export function translate(lang: Lang, key: MessageKey, params: Params = {}): string {
  const text = MESSAGES[lang]?.[key] || en[key];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params[name];
    if (v === undefined) return `{${name}}`;
    return typeof v === 'number' ? once(numberFormats, lang, () => new Intl.NumberFormat(LOCALES[lang])).format(v) : v;
  });
}

type PluralBase = 'timeline.events' | 'timeline.sites';

/** The plural form of a counted phrase, chosen by the language's own rules (Arabic has six, Russian four). */
export function plural(lang: Lang, base: PluralBase, count: number): string {
  const form = once(pluralRules, lang, () => new Intl.PluralRules(LOCALES[lang])).select(count);
  return translate(lang, `${base}.${form}` as MessageKey, { count });
}
