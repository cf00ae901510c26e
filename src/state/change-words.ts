import type { SiteChange } from '../content/changes';
import { formatDateOrRange } from '../content/dates';
import { nameIn } from '../content/names';
import type { I18n } from './use-i18n';

/** What a change was, in the reader's language: "Contract with Russia → Contract annulled", "begins: …", "ends: …". */
export function changeWords(c: SiteChange, { t }: Pick<I18n, 't'>): string {
  const status = (p: SiteChange['before']) => t(`status.${p?.status ?? 'none'}`);
  if (c.kind === 'changed') return t('changes.changed', { before: status(c.before), after: status(c.after) });
  return c.kind === 'began' ? t('changes.began', { after: status(c.after) }) : t('changes.ended', { before: status(c.before) });
}

/** One change as a sentence for the citation: "Tartus port: Russian contract → Contract annulled, 20 January 2025". */
export function changeSentence(c: SiteChange, i18n: Pick<I18n, 't' | 'lang' | 'locale'>): string {
  return `${nameIn(c.site.names, i18n.lang)}: ${changeWords(c, i18n)}, ${formatDateOrRange(c.when, i18n.locale)}`;
}
