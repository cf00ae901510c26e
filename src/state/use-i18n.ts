import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { useLocation } from 'react-router';
import type { MessageKey } from '../i18n/en';
import { DIRECTION, LOCALES, hasMessages, loadMessages, messagesFailed, parseLang, plural, subscribeMessages, translate, type Lang, type Params } from '../i18n/i18n';
import { LANG_KEY } from './url-state';

export interface I18n {
  /**
   * The language the page is in: the link's (`?lang=`) once its strings are here, English until then, so the words,
   * the direction, the dates and the map's labels always change together, never half.
   */
  lang: Lang;
  /** The language the link asks for. */
  requested: Lang;
  /** False while the requested language's strings are on their way or could not be fetched. */
  ready: boolean;
  /** The requested language's strings could not be fetched (offline, say): the page stays in English. */
  failed: boolean;
  locale: string;
  dir: 'ltr' | 'rtl';
  t: (key: MessageKey, params?: Params) => string;
  plural: (base: 'timeline.events' | 'timeline.sites', count: number) => string;
}

/** The interface language, from `?lang=` (English when absent or unknown, or while its strings are not here). */
export function useI18n(): I18n {
  const { search } = useLocation();
  const requested = parseLang(new URLSearchParams(search).get(LANG_KEY));
  // Re-render when a language's strings arrive or fail; ask for them if the URL names one not loaded yet (e.g. after
  // Back).
  const ready = useSyncExternalStore(subscribeMessages, () => hasMessages(requested));
  const failed = useSyncExternalStore(subscribeMessages, () => messagesFailed(requested));
  useEffect(() => {
    if (!ready) loadMessages(requested).catch((error: unknown) => console.warn(`The ${requested} interface strings could not be loaded; showing English.`, error));
  }, [requested, ready]);
  const lang = ready ? requested : 'en';
  return useMemo(
    () => ({
      lang,
      requested,
      ready,
      failed,
      locale: LOCALES[lang],
      dir: DIRECTION[lang],
      t: (key: MessageKey, params?: Params) => translate(lang, key, params),
      plural: (base: 'timeline.events' | 'timeline.sites', count: number) => plural(lang, base, count),
    }),
    [lang, requested, ready, failed],
  );
}

/** Sets the document's language and direction: those of the language the page is in. */
export function useDocumentLanguage(): void {
  const { lang, dir } = useI18n();
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dir;
  }, [lang, dir]);
}
