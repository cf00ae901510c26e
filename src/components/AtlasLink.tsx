import type { MouseEvent, ReactNode } from 'react';
import { useHref, useLocation } from 'react-router';
import type { TimeQuery } from '../content/time-rule';
import { selectionPath, type Selection } from '../state/paths';
import { formatTimeSearch } from '../state/url-state';
import { useViewActions } from '../state/view-actions';

interface Props {
  to: Selection | null;
  /** Also move the timeline (e.g. to an event's date). */
  time?: TimeQuery;
  children: ReactNode;
  className?: string;
  /** The whole text, where the link may be cut short with an ellipsis. */
  title?: string;
  /** The language of its text, where it is not the interface's (content is in English). */
  lang?: string;
  onFocus?: () => void;
}

/**
 * A real link (it can be copied or opened in a new tab) to a selection. A plain click navigates inside the app and
 * keeps the current viewport.
 */
export function AtlasLink({ to, time, children, className, title, lang, onFocus }: Props) {
  const { search } = useLocation();
  const { select } = useViewActions();
  const href = useHref(`${selectionPath(to)}${time ? formatTimeSearch(search, time) : search}`);
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    select(to, time);
  };
  return (
    <a href={href} onClick={onClick} className={className} title={title} lang={lang} onFocus={onFocus}>
      {children}
    </a>
  );
}
