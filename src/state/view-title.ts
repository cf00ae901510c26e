import { inLanguage, nameIn } from '../content/names';
import type { AtlasView } from './atlas-view';
import type { I18n } from './use-i18n';

/** What a view shows, in a few words: the selection's name (or that it was not found), else the atlas's title. */
export function viewTitle(view: Pick<AtlasView, 'selection' | 'index'>, { t, lang }: Pick<I18n, 't' | 'lang'>): string {
  const { selection, index } = view;
  if (!selection) return inLanguage(index.content.atlas.title, lang);
  if (selection.kind === 'site') {
    const site = index.sites.get(selection.id);
    return site ? nameIn(site.names, lang) : t('notFound.site', { id: selection.id });
  }
  if (selection.kind === 'event') return index.events.get(selection.id)?.title ?? t('notFound.event', { id: selection.id });
  return index.analyses.get(selection.id)?.title ?? t('notFound.analysis', { id: selection.id });
}
