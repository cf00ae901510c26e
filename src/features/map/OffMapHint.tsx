import { useLocation } from 'react-router';
import { useUiStore } from '../../state/ui-store';
import { useViewActions } from '../../state/use-view';

const MAX_SHOWN = 2;

/** Says what is on the map but out of view (the Kremlin, from the home view), with a way to go there. */
export function OffMapHint() {
  const all = useUiStore((s) => s.offMap);
  const { select } = useViewActions();
  const { pathname } = useLocation();
  // Only the overview points outward; a selection has its own framing.
  if (all.length === 0 || pathname !== '/') return null;
  const offMap = all.slice(0, MAX_SHOWN);
  return (
    <div className="offmap" role="note">
      <span>Off the map: </span>
      {offMap.map((item, i) => (
        <span key={item.id}>
          {i > 0 && ', '}
          <button type="button" className="linklike" onClick={() => select({ kind: item.kind, id: item.id })}>
            {item.label} ↗
          </button>
        </span>
      ))}
      {all.length > MAX_SHOWN && <span> and {all.length - MAX_SHOWN} more</span>}
    </div>
  );
}
