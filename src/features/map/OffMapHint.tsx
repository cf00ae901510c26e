import { useUiStore } from '../../state/ui-store';
import { useViewActions } from '../../state/use-view';

/** Says what is on the map but out of view (the Kremlin, from the home view), with a way to go there. */
export function OffMapHint() {
  const offMap = useUiStore((s) => s.offMap);
  const { select } = useViewActions();
  if (offMap.length === 0) return null;
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
    </div>
  );
}
