// Installed in the page by the benchmark (page.evaluate(install)). Each measurement runs from a time change to the
// map's next `idle`, which MapLibre fires once the frame for that change is drawn and nothing is loading.

export function install(packed) {
  // The events' [lon, lat, first day] rows, handed over as one base64 string of a Float64Array (a million rows as
  // JavaScript arrays overflow the driver's message size).
  const text = atob(packed);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  const flat = new Float64Array(bytes.buffer);
  const rows = Array.from({ length: flat.length / 3 }, (_, i) => [flat[3 * i], flat[3 * i + 1], flat[3 * i + 2]]);
  const map = window.__atlasMap;
  const idle = () => new Promise((resolve) => { map.once('idle', () => resolve(performance.now())); map.triggerRepaint(); });

  // Baselines over the same events: a GeoJSON layer filtered with setFilter, and one fed the filtered slice.
  const features = rows.length >= 1_000_000 ? [] : rows.map(([lon, lat, start], i) => ({ type: 'Feature', id: i, geometry: { type: 'Point', coordinates: [lon, lat] }, properties: { start } }));
  map.addSource('bench-filter', { type: 'geojson', data: { type: 'FeatureCollection', features } });
  map.addLayer({ id: 'bench-filter', type: 'circle', source: 'bench-filter', layout: { visibility: 'none' }, paint: { 'circle-radius': 5, 'circle-color': '#0f6b78' } });
  map.addSource('bench-data', { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  map.addLayer({ id: 'bench-data', type: 'circle', source: 'bench-data', layout: { visibility: 'none' }, paint: { 'circle-radius': 5, 'circle-color': '#0f6b78' } });

  // The peer (bench/deck-peer.ts, when the benchmark put it in the page): deck.gl over the same events.
  const peer = window.__deckPeer?.create(map, Float32Array.from(rows.flatMap((r) => [r[0], r[1]])), Float32Array.from(rows, (r) => r[2])) ?? null;

  function apply(mode, date) {
    if (mode === 'blank') map.triggerRepaint();
    else if (mode === 'ours' || mode === 'dots') window.__atlas.scrubTo(date, null);
    else if (mode === 'setFilter') map.setFilter('bench-filter', ['<=', ['get', 'start'], date]);
    else {
      const slice = [];
      for (let i = 0; i < rows.length; i++) {
        const r = rows[i];
        if (r[2] <= date) slice.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [r[0], r[1]] }, properties: {} });
      }
      map.getSource('bench-data').setData({ type: 'FeatureCollection', features: slice });
    }
  }

  /**
   * One second of a new date every animation frame (`setDate`), then `settle` (resolves once the last date is
   * drawn); resolves with the lag from the last change to that.
   */
  function scrubOneSecond(from, to, setDate, settle) {
    return new Promise((resolve) => {
      const t0 = performance.now();
      let last = t0;
      const tick = () => {
        const t = performance.now();
        if (t - t0 < 1000) {
          setDate(Math.round(from + ((to - from) * (t - t0)) / 1000));
          last = performance.now();
          requestAnimationFrame(tick);
        } else void settle().then(() => resolve(performance.now() - last));
      };
      requestAnimationFrame(tick);
    });
  }

  window.__bench = {
    /** Shows only the layer a mode uses, then waits for the map to settle. */
    async useMode(mode) {
      window.__atlas.endScrub();
      const ours = mode === 'ours' || mode === 'dots' || mode === 'blank' || mode === 'redraw';
      map.setLayoutProperty('atlas-events', 'visibility', ours ? 'visible' : 'none');
      map.setLayoutProperty('atlas-event-cells', 'visibility', ours ? 'visible' : 'none');
      // "dots": our layer with grouping into circles turned off, every event its own dot, at the same view.
      window.__atlas.setGrouping(mode !== 'dots');
      map.setLayoutProperty('bench-filter', 'visibility', mode === 'setFilter' ? 'visible' : 'none');
      map.setLayoutProperty('bench-data', 'visibility', mode === 'setData' ? 'visible' : 'none');
      peer?.show(mode === 'deck');
      await idle();
      if (mode === 'deck') await peer.step(0);
    },
    /**
     * Time steps one after another, each from the change to idle; resolves with their latencies in ms. Mode
     * `redraw` is a control: it moves to each date untimed, then times a plain repaint of that same frame, so it
     * is what the frame of a step costs to draw, without the step itself.
     */
    async steps(mode, dates) {
      const out = [];
      for (const date of dates) {
        if (mode === 'deck') {
          const t0 = performance.now();
          await peer.step(date);
          out.push(performance.now() - t0);
          continue;
        }
        if (mode === 'redraw') {
          await new Promise((resolve) => { map.once('idle', resolve); apply('ours', date); map.triggerRepaint(); });
          out.push(await new Promise((resolve) => { const t0 = performance.now(); map.once('idle', () => resolve(performance.now() - t0)); map.triggerRepaint(); }));
          continue;
        }
        out.push(
          await new Promise((resolve) => {
            const t0 = performance.now();
            map.once('idle', () => resolve(performance.now() - t0));
            apply(mode, date);
            if (mode !== 'blank') map.triggerRepaint();
          }),
        );
      }
      return out;
    },
    /** Scrubs every animation frame for one second; counts frames drawn and the lag from the last change to idle. */
    async scrubSecond(mode, from, to) {
      if (mode === 'deck') {
        // The peer's frames are counted as deck.gl draws them, on its own canvas.
        const before = peer.frames();
        const lagMs = await scrubOneSecond(from, to, (date) => void peer.step(date), () => peer.step(to));
        return { frames: peer.frames() - before, lagMs };
      }
      let frames = 0;
      const onRender = () => frames++;
      map.on('render', onRender);
      const lagMs = await scrubOneSecond(from, to, (date) => apply(mode, date), idle);
      map.off('render', onRender);
      return { frames, lagMs };
    },
    /** Frames drawn while the real slider is dragged from outside, and the lag after its last pointer move. */
    watchDrag() {
      let frames = 0;
      let lastMove = performance.now();
      const onRender = () => frames++;
      const onMove = () => { lastMove = performance.now(); };
      map.on('render', onRender);
      window.addEventListener('pointermove', onMove, true);
      window.__bench.stopDrag = () => new Promise((resolve) => {
        map.once('idle', () => {
          map.off('render', onRender);
          window.removeEventListener('pointermove', onMove, true);
          resolve({ frames, lagMs: performance.now() - lastMove });
        });
        map.triggerRepaint();
      });
    },
  };
  return idle();
}
