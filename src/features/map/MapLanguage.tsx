import { useEffect } from 'react';
import type { ExpressionSpecification } from 'maplibre-gl';
import { useI18n } from '../../state/use-i18n';
import { LAYERS } from './content-layers';
import { useMap } from './map-context';

const LABEL_LAYERS = ['country-labels', 'city-labels', LAYERS.sites];

/** Map labels in the interface language where the data has a name in it, in English otherwise. */
export function MapLanguage() {
  const map = useMap();
  const { lang } = useI18n();
  useEffect(() => {
    const field: ExpressionSpecification = lang === 'en' ? ['get', 'name'] : ['coalesce', ['get', `name_${lang}`], ['get', 'name']];
    for (const id of LABEL_LAYERS) if (map.getLayer(id)) map.setLayoutProperty(id, 'text-field', field);
  }, [map, lang]);
  return null;
}
