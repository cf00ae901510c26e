import { LoadingMessage } from '../../components/LoadingMessage';
import { useI18n } from '../../state/use-i18n';

/**
 * What the timeline area shows while the content loads: the timeline's own frame (its controls, disabled, and an
 * empty track), so it takes the same height as the timeline and the map above it does not jump when it arrives; and
 * how far the content's load has got.
 */
export function TimelineSkeleton() {
  const { t, dir } = useI18n();
  const rtl = dir === 'rtl';
  return (
    <section className={rtl ? 'timeline timeline--loading timeline--rtl' : 'timeline timeline--loading'} aria-label={t('timeline.label')} aria-busy="true">
      <div className="timeline__controls">
        <div className="segmented">
          <button type="button" disabled>
            {t('timeline.asOfShort')}
          </button>
          <button type="button" disabled>
            {t('timeline.betweenShort')}
          </button>
        </div>
        <span className="timeline__dates">
          <span className="date-field">
            <input type="text" disabled aria-label={t('timeline.date')} />
          </span>
        </span>
        <button type="button" disabled aria-label={t('timeline.prev')}>
          <span aria-hidden="true">{rtl ? '▶' : '◀'}</span>
        </button>
        <button type="button" disabled>
          <span aria-hidden="true">{rtl ? '◀ ' : '▶ '}</span>
          {t('timeline.play')}
        </button>
        <button type="button" disabled aria-label={t('timeline.next')}>
          <span aria-hidden="true">{rtl ? '◀' : '▶'}</span>
        </button>
        <p className="timeline__live">
          <LoadingMessage waiting="app.loadingTimeline" />
        </p>
      </div>
      <div className="timeline__track" />
      <div className="timeline__axis" aria-hidden="true" />
    </section>
  );
}
