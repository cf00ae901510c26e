import type { ContentIndex } from '../../content/content-index';
import { formatDateOrRange } from '../../content/dates';
import type { VisibleContent } from '../../content/visible';
import { AtlasLink } from '../../components/AtlasLink';
import { VisibleList } from './VisibleList';

/** The overview: what the atlas is, the analyses it maps, and what is on the map now. */
export function HomePanel({ index, visible }: { index: ContentIndex; visible: VisibleContent }) {
  return (
    <article className="panel-body" aria-labelledby="panel-title">
      <title>Analysis Atlas — Russia’s bases in Syria after Assad</title>
      <h2 id="panel-title" tabIndex={-1}>
        Russia’s footprint in Syria, from the analyses
      </h2>
      <p>
        Sites and events named in analysis articles, placed on the map. Drag the timeline to see how things stood on any
        day; select a marker to read where it comes from.
      </p>
      <h3>Analyses</h3>
      <ul>
        {index.content.analyses.map((a) => (
          <li key={a.id}>
            <AtlasLink to={{ kind: 'analysis', id: a.id }}>{a.title}</AtlasLink>{' '}
            <span className="muted">
              {a.publisher}, {formatDateOrRange(a.published)}
            </span>
          </li>
        ))}
      </ul>
      <VisibleList visible={visible} />
    </article>
  );
}
