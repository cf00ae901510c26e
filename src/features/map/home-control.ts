import type { IControl } from 'maplibre-gl';

/** A button in the zoom group that brings the reader back to the home view. */
export class HomeControl implements IControl {
  private container: HTMLDivElement | undefined;
  private readonly onHome: () => void;

  constructor(onHome: () => void) {
    this.onHome = onHome;
  }

  onAdd(): HTMLElement {
    const container = document.createElement('div');
    container.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'atlas-home-button';
    button.title = 'Reset view to Syria and the region';
    button.setAttribute('aria-label', 'Reset view to Syria and the region');
    button.textContent = '⌂';
    button.addEventListener('click', this.onHome);
    container.append(button);
    this.container = container;
    return container;
  }

  onRemove(): void {
    this.container?.remove();
    this.container = undefined;
  }
}
