import { useUiStore } from '../../state/ui-store';

/** The small label that follows the pointer over a marker. */
export function HoverLabel() {
  const hover = useUiStore((s) => s.hover);
  if (!hover) return null;
  return (
    <div className="hover-label" style={{ transform: `translate(${hover.x + 14}px, ${hover.y - 10}px)` }} aria-hidden="true">
      {/* A name in another script keeps its own direction (an English event title in the Arabic interface). */}
      <bdi>{hover.label}</bdi>
    </div>
  );
}
