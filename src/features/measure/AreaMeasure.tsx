import { areaKm2 } from '../../content/measure';
import type { Area } from '../../content/schema';
import { useI18n } from '../../state/use-i18n';

/** The area of an area feature, in km². */
export function AreaMeasure({ area }: { area: Area }) {
  const { t, locale } = useI18n();
  return <span className="muted"> — {t('measure.area', { km2: Math.round(areaKm2(area)).toLocaleString(locale) })}</span>;
}
