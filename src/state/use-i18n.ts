import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { useLocation } from 'react-router';
import type { MessageKey } from '../i18n/en';
import { DIRECTION, LOCALES, hasMessages, loadMessages, parseLang, plural, subscribeMessages, translate, type Lang, type Params } from '../i18n/i18n';
import { LANG_KEY } from './url-state';

export interface I18n {
  lang: Lang;
  /** False while the language's own strings are still being fetched (English shows meanwhile). */
  ready: boolean;
  locale: string;
  dir: 'ltr' | 'rtl';
  t: (key: MessageKey, params?: Params) => string;
  plural: (base: 'timeline.events' | 'timeline.sites', count: number) => string;
}

/** The interface language, from `?lang=` (English when absent or unknown). */
export function useI18n(): I18n {
  const { search } = useLocation();
  const lang = parseLang(new URLSearchParams(search).get(LANG_KEY));
  // Re-render when a language's strings arrive; ask for them if the URL names one not loaded yet (e.g. after Back).
  const ready = useSyncExternalStore(subscribeMessages, () => hasMessages(lang));
  useEffect(() => {
    if (!ready) loadMessages(lang).catch((error: unknown) => console.warn(`The ${lang} interface strings could not be loaded; showing English.`, error));
  }, [lang, ready]);
  return useMemo(
    () => ({
      lang,
      ready,
      locale: LOCALES[lang],
      dir: DIRECTION[lang],
      t: (key: MessageKey, params?: Params) => translate(lang, key, params),
      plural: (base: 'timeline.events' | 'timeline.sites', count: number) => plural(lang, base, count),
    }),
    [lang, ready],
  );
}
