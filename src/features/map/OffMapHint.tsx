import { nameIn } from '../../content/names';
import { useAtlasView } from '../../state/atlas-view';
import { useUiStore } from '../../state/ui-store';
import { useI18n } from '../../state/use-i18n';
import { useViewActions } from '../../state/view-actions';

const MAX_SHOWN = 2;

/** Says what is on the map but out of view (the Kremlin, from the home view), with a way to go there. */
export function OffMapHint() {
  const all = useUiStore((s) => s.offMap);
  const { select } = useViewActions();
  const { index, selection } = useAtlasView();
  const { t, lang } = useI18n();
  // Only the overview points outward; a selection has its own framing.
  if (all.length === 0 || selection !== null) return null;
  const offMap = all.slice(0, MAX_SHOWN);
  return (
    <div className="offmap" role="note">
      <span>{t('offMap.label')} </span>
      {offMap.map((item, i) => {
        const site = index.sites.get(item.id);
        return (
          <span key={item.id}>
            {i > 0 && t('site.listSeparator')}
            <button type="button" className="linklike" onClick={() => select({ kind: item.kind, id: item.id })}>
              <bdi>{site ? nameIn(site.names, lang) : item.id}</bdi> ↗
            </button>
          </span>
        );
      })}
      {all.length > MAX_SHOWN && <span> {t('offMap.more', { count: all.length - MAX_SHOWN })}</span>}
    </div>
  );
}
