import type { ContentIndex } from '../../content/content-index';
import { suggest } from '../../content/suggest';
import { AtlasLink } from '../../components/AtlasLink';
import type { Selection } from '../../state/paths';

const KIND_WORD = { site: 'site', event: 'event', analysis: 'analysis' } as const;

/** An unknown id: say what was asked for, offer the closest matches, and leave the rest of the app usable. */
export function NotFound({ asked, index }: { asked: Selection | { kind: 'unknown'; path: string }; index: ContentIndex }) {
  const what = asked.kind === 'unknown' ? `the page “${asked.path}”` : `${KIND_WORD[asked.kind]} “${asked.id}”`;
  const id = asked.kind === 'unknown' ? asked.path.split('/').filter(Boolean).pop() ?? '' : asked.id;
  const options: { to: Selection; label: string }[] = [
    ...suggest(id, index.content.sites, (s) => [s.id, s.names.en, ...(s.names.aliases ?? [])]).map((s) => ({ to: { kind: 'site' as const, id: s.id }, label: s.names.en })),
    ...suggest(id, index.content.events, (e) => [e.id, e.title]).map((e) => ({ to: { kind: 'event' as const, id: e.id }, label: e.title })),
    ...suggest(id, index.content.analyses, (a) => [a.id, a.title]).map((a) => ({ to: { kind: 'analysis' as const, id: a.id }, label: a.title })),
  ].slice(0, 5);
  return (
    <article className="panel-body" aria-labelledby="panel-title">
      <title>Not found — Analysis Atlas</title>
      <h2 id="panel-title" tabIndex={-1} role="alert">
        No {what} here
      </h2>
      <p>The link may be mistyped or out of date. The map and the timeline still work.</p>
      {options.length > 0 && (
        <>
          <p>Did you mean:</p>
          <ul>
            {options.map((o) => (
              <li key={`${o.to.kind}-${o.to.id}`}>
                <AtlasLink to={o.to}>{o.label}</AtlasLink>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <AtlasLink to={null}>Back to the overview</AtlasLink>
      </p>
    </article>
  );
}
