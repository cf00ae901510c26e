import { nameIn } from '../../content/names';
import { suggest } from '../../content/suggest';
import { AtlasLink } from '../../components/AtlasLink';
import { useAtlasView } from '../../state/atlas-view';
import type { Selection } from '../../state/paths';
import { useI18n } from '../../state/use-i18n';

const rowNumbers = (n: number) => Array.from({ length: n }, (_, i) => i);

/** What was asked for and is not there: an id the content does not have, or a path no route has. */
export type Missing = Selection | { kind: 'page'; path: string };

/** Says what was asked for, offers the closest matches, and leaves the rest of the app usable. */
export function NotFound({ asked }: { asked: Missing }) {
  const { index } = useAtlasView();
  const { t, lang } = useI18n();
  const title = asked.kind === 'page' ? t('notFound.page', { id: asked.path }) : t(`notFound.${asked.kind}`, { id: asked.id });
  const rows = index.content.events;
  const id = asked.kind === 'page' ? (asked.path.split('/').filter(Boolean).pop() ?? '') : asked.id;
  const options: { to: Selection; label: string }[] = [
    ...suggest(id, index.content.sites, (s) => [s.id, s.names.en, ...(s.names.aliases ?? [])]).map((s) => ({ to: { kind: 'site' as const, id: s.id }, label: nameIn(s.names, lang) })),
    ...suggest(id, rowNumbers(index.content.events.length), (i) => [rows.id(i), rows.title(i)]).map((i) => ({ to: { kind: 'event' as const, id: rows.id(i) }, label: rows.title(i) })),
    ...suggest(id, index.content.analyses, (a) => [a.id, a.title]).map((a) => ({ to: { kind: 'analysis' as const, id: a.id }, label: a.title })),
  ].slice(0, 5);
  return (
    <article className="panel-body" aria-labelledby="panel-title">
      <title>{t('app.pageTitle', { title: t('notFound.title') })}</title>
      <h2 id="panel-title" tabIndex={-1} role="alert">
        {title}
      </h2>
      <p>{t('notFound.body')}</p>
      {options.length > 0 && (
        <>
          <p>{t('notFound.didYouMean')}</p>
          <ul>
            {options.map((o) => (
              <li key={`${o.to.kind}-${o.to.id}`}>
                <AtlasLink to={o.to}>
                  <bdi>{o.label}</bdi>
                </AtlasLink>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <AtlasLink to={null}>{t('notFound.back')}</AtlasLink>
      </p>
    </article>
  );
}
