import { useI18n } from '../state/use-i18n';
import { useUiStore } from '../state/ui-store';

/** A clear message over the map when it cannot be drawn, instead of a blank page. */
export function MapStatusNotice() {
  const status = useUiStore((s) => s.mapStatus);
  const { t } = useI18n();
  if (status.kind === 'ready') return null;
  if (status.kind === 'loading') {
    return (
      <div className="map-notice map-notice--loading" role="status">
        {t('app.loadingMap')}
      </div>
    );
  }
  const noWebgl = status.reason === 'no-webgl';
  return (
    <div className="map-notice map-notice--error" role="alert">
      <h2>{t(noWebgl ? 'mapStatus.noWebglTitle' : 'mapStatus.basemapTitle')}</h2>
      <p>{t(noWebgl ? 'mapStatus.noWebglAdvice' : 'mapStatus.basemapAdvice')}</p>
      <p className="map-notice__detail">{t('mapStatus.detail', { detail: status.detail })}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('app.reload')}
      </button>
    </div>
  );
}
