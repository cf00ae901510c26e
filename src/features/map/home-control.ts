import type { IControl } from 'maplibre-gl';

/** A button in the zoom group that brings the reader back to the home view. */
export class HomeControl implements IControl {
  private container: HTMLDivElement | undefined;
  private readonly onHome: () => void;
  private readonly label: string;

  constructor(onHome: () => void, label: string) {
    this.onHome = onHome;
    this.label = label;
  }

  onAdd(): HTMLElement {
    const container = document.createElement('div');
    container.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'atlas-home-button';
    button.title = this.label;
    button.setAttribute('aria-label', this.label);
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
