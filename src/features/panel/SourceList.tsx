import type { ContentIndex } from '../../content/content-index';
import type { Analysis } from '../../content/schema';
import { formatDateOrRange } from '../../content/dates';
import { isLaterSource } from '../../content/source-timing';

/** Sources as a list of links, each marked when it came after the analyses the item comes from. */
export function SourceList({ ids, index, analyses }: { ids: readonly string[]; index: ContentIndex; analyses: readonly Analysis[] }) {
  return (
    <ul className="sources">
      {ids.map((id) => {
        const source = index.sources.get(id);
        if (!source) return <li key={id}>Unknown source “{id}”</li>;
        const later = analyses.length > 0 && analyses.every((a) => isLaterSource(source, a));
        const label = `${source.title} — ${source.publisher}${source.date ? `, ${formatDateOrRange(source.date)}` : ''}`;
        return (
          <li key={id}>
            {source.url ? (
              <a href={source.url} rel="noopener noreferrer nofollow" target="_blank">
                {label}
              </a>
            ) : (
              label
            )}
            {later && <span className="tag tag--later"> later than the analysis</span>}
          </li>
        );
      })}
    </ul>
  );
}
