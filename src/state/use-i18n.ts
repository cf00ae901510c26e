import { useMemo } from 'react';
import { useLocation } from 'react-router';
import type { MessageKey } from '../i18n/en';
import { DIRECTION, LOCALES, parseLang, plural, translate, type Lang, type Params } from '../i18n/i18n';
import { LANG_KEY } from './url-state';

export interface I18n {
  lang: Lang;
  locale: string;
  dir: 'ltr' | 'rtl';
  t: (key: MessageKey, params?: Params) => string;
  plural: (base: 'timeline.events' | 'timeline.sites', count: number) => string;
}

/** The interface language, from `?lang=` (English when absent or unknown). */
export function useI18n(): I18n {
  const { search } = useLocation();
  const lang = parseLang(new URLSearchParams(search).get(LANG_KEY));
  return useMemo(
    () => ({
      lang,
      locale: LOCALES[lang],
      dir: DIRECTION[lang],
      t: (key: MessageKey, params?: Params) => translate(lang, key, params),
      plural: (base: 'timeline.events' | 'timeline.sites', count: number) => plural(lang, base, count),
    }),
    [lang],
  );
}
