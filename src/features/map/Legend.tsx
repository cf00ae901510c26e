import { useId, useState, type ReactNode } from 'react';
import { useUiStore } from '../../state/ui-store';
import { useI18n } from '../../state/use-i18n';
import { SITE_STATUSES } from '../../content/vocabulary';
import { GRID_ABOVE_EVENTS } from './grouping';
import { CHANGED_COLOUR, EVENT_COLOUR, HIGHLIGHT_COLOUR, NO_STATUS_STYLE, STATUS_STYLE, type StatusStyle } from '../../components/status-style';

/** One row: the symbol as the map draws it, 16 px square, then what it means. */
function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <li>
      <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
        {children}
      </svg>{' '}
      {label}
    </li>
  );
}

/** A site's marker: a diamond, hollow for a status that has ended. */
const diamond = (style: StatusStyle) => <path d="M8 1 L15 8 L8 15 L1 8 Z" fill={style.hollow ? '#fff' : style.colour} stroke={style.colour} strokeWidth={style.hollow ? 2.5 : 1} />;
const ring = (colour: string, r: number, width: number) => <circle cx="8" cy="8" r={r} fill="none" stroke={colour} strokeWidth={width} />;

/** Explains every symbol and colour on the map; `eventTotal` is the number of events in the content (null while loading). */
export function Legend({ eventTotal, startOpen = true }: { eventTotal: number | null; /** False: closed at first whatever the width (embeds). */ startOpen?: boolean }) {
  const mapFailed = useUiStore((s) => s.mapStatus.kind === 'error');
  const { t } = useI18n();
  // Open on wide screens; on phones it starts folded away so the map stays visible.
  const [open, setOpen] = useState(() => startOpen && window.matchMedia('(min-width: 761px)').matches);
  const id = useId();
  if (mapFailed) return null;
  return (
    <section className="legend" aria-labelledby={`${id}-title`}>
      <button type="button" className="legend__toggle" aria-expanded={open} aria-controls={`${id}-body`} onClick={() => setOpen(!open)}>
        <span id={`${id}-title`}>{t('legend.title')}</span>
      </button>
      {open && (
        <div id={`${id}-body`} className="legend__body">
          <p className="legend__heading">{t('legend.sites')}</p>
          <ul>
            {SITE_STATUSES.map((status) => (
              <Row key={status} label={t(`status.${status}`)}>
                {diamond(STATUS_STYLE[status])}
              </Row>
            ))}
            <Row label={t('status.none')}>{diamond(NO_STATUS_STYLE)}</Row>
            <Row label={t('legend.changed')}>{ring(CHANGED_COLOUR, 6.5, 2.5)}</Row>
          </ul>
          <p className="legend__heading">{t('legend.events')}</p>
          <ul>
            <Row label={t('legend.event')}>
              <circle cx="8" cy="8" r="6" fill={EVENT_COLOUR} stroke="#fff" strokeWidth="1.5" />
            </Row>
            {/* Grouped events: only for content with enough events to be grouped when zoomed out. */}
            {eventTotal !== null && eventTotal > GRID_ABOVE_EVENTS && (
              <Row label={t('legend.cluster')}>
                <circle cx="5" cy="11" r="3" fill={EVENT_COLOUR} fillOpacity="0.72" stroke="#fff" strokeWidth="1" />
                <circle cx="10" cy="7" r="5.5" fill={EVENT_COLOUR} fillOpacity="0.72" stroke="#fff" strokeWidth="1" />
              </Row>
            )}
            <Row label={t('legend.highlight')}>{ring(HIGHLIGHT_COLOUR, 6, 3)}</Row>
            <Row label={t('legend.area')}>
              <rect x="1.5" y="4" width="13" height="8" fill="#1d3557" fillOpacity="0.12" stroke="#1d3557" strokeDasharray="3 2" />
            </Row>
          </ul>
        </div>
      )}
    </section>
  );
}
