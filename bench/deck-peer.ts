// The benchmark's peer (#15 item 4): the approach kepler.gl takes, deck.gl's ScatterplotLayer with the
// DataFilterExtension, over the same events, the time filter applied on the GPU through `filterRange`. Bundled by the
// benchmark (esbuild) and put into the page beside the app; a benchmark-only dependency, never shipped.
import { Deck } from '@deck.gl/core';
import { DataFilterExtension } from '@deck.gl/extensions';
import { ScatterplotLayer } from '@deck.gl/layers';

interface PeerMap {
  getContainer(): HTMLElement;
  getCenter(): { lng: number; lat: number };
  getZoom(): number;
  getBearing(): number;
  getPitch(): number;
}

export interface DeckPeer {
  show(on: boolean): void;
  /** Shows the events begun on or before `date`; resolves once deck.gl has drawn that frame. */
  step(date: number): Promise<void>;
  /** Frames deck.gl has drawn so far. */
  frames(): number;
}

function create(map: PeerMap, positions: Float32Array, starts: Float32Array): DeckPeer {
  const canvas = document.createElement('canvas');
  Object.assign(canvas.style, { position: 'absolute', inset: '0', width: '100%', height: '100%', pointerEvents: 'none', display: 'none' });
  map.getContainer().appendChild(canvas);
  const view = () => {
    const c = map.getCenter();
    return { longitude: c.lng, latitude: c.lat, zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
  };
  let drawn = 0;
  let waiting: (() => void) | null = null;
  const deck = new Deck({
    canvas,
    width: '100%',
    height: '100%',
    controller: false,
    viewState: view(),
    onAfterRender: () => {
      drawn++;
      const done = waiting;
      waiting = null;
      done?.();
    },
  });
  const filter = new DataFilterExtension({ filterSize: 1 });
  const data = { length: starts.length, attributes: { getPosition: { value: positions, size: 2 }, getFilterValue: { value: starts, size: 1 } } };
  const layer = (date: number) =>
    new ScatterplotLayer({ id: 'peer', data, getRadius: 5, radiusUnits: 'pixels', getFillColor: [15, 107, 120], extensions: [filter], filterRange: [-1e9, date] });
  return {
    show(on) {
      canvas.style.display = on ? '' : 'none';
    },
    step(date) {
      return new Promise((resolve) => {
        waiting = resolve;
        deck.setProps({ layers: [layer(date)], viewState: view() });
      });
    },
    frames: () => drawn,
  };
}

(window as unknown as { __deckPeer: { create: typeof create } }).__deckPeer = { create };
