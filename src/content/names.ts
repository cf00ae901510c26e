import type { LocalText, Names } from './schema';

type Lang = 'en' | 'ar' | 'ru';

/** A name in the reader's language where the data has one, else English. */
export function nameIn(names: Names, lang: Lang): string {
  return inLanguage(names, lang);
}

/** A text of the content in the reader's language where it has one, else English. */
export function inLanguage(text: Pick<LocalText, 'en' | 'ar' | 'ru'>, lang: Lang): string {
  return (lang === 'ar' ? text.ar : lang === 'ru' ? text.ru : undefined) ?? text.en;
}
