import { useLocation } from 'react-router';
import { useUiStore } from '../../state/ui-store';
import { useViewActions } from '../../state/use-view';
import { useI18n } from '../../state/use-i18n';
import { useContent } from '../../state/use-content';
import { nameIn } from '../../content/names';

const MAX_SHOWN = 2;

/** Says what is on the map but out of view (the Kremlin, from the home view), with a way to go there. */
export function OffMapHint() {
  const all = useUiStore((s) => s.offMap);
  const { select } = useViewActions();
  const { pathname } = useLocation();
  const { t, lang } = useI18n();
  const loaded = useContent();
  const label = (item: { id: string; label: string }) => {
    const site = loaded.ok ? loaded.index.sites.get(item.id) : undefined;
    return site ? nameIn(site.names, lang) : item.label;
  };
  // Only the overview points outward; a selection has its own framing.
  if (all.length === 0 || pathname !== '/') return null;
  const offMap = all.slice(0, MAX_SHOWN);
  return (
    <div className="offmap" role="note">
      <span>{t('offMap.label')} </span>
      {offMap.map((item, i) => (
        <span key={item.id}>
          {i > 0 && ', '}
          <button type="button" className="linklike" onClick={() => select({ kind: item.kind, id: item.id })}>
            {label(item)} ↗
          </button>
        </span>
      ))}
      {all.length > MAX_SHOWN && <span> {t('offMap.more', { count: all.length - MAX_SHOWN })}</span>}
    </div>
  );
}
