import type { Names } from './schema';

/** A name in the reader's language where the data has one, else English. */
export function nameIn(names: Names, lang: 'en' | 'ar' | 'ru'): string {
  return (lang === 'ar' ? names.ar : lang === 'ru' ? names.ru : undefined) ?? names.en;
}
