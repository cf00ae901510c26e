// Synthetic events for the benchmark ONLY: labelled as such in every id, title and summary, generated with a fixed
// seed, and never written into content/ or dist/ (the benchmark serves them in place of content.json).

import { rng } from './seeded-random.mjs';

const KINDS = ['diplomacy', 'agreement', 'attack', 'military', 'election', 'withdrawal', 'change-of-power', 'legal', 'economy'];
const DAY = 86_400_000;
const START = Date.UTC(2015, 7, 1);
const END = Date.UTC(2026, 0, 28);

/** The real content with `n` synthetic events added (inside Syria's extent, spread over the real date range). */
export function withSyntheticEvents(real, n, seed = 42) {
  const random = rng(seed);
  const passage = `${real.analyses[0].id}#${real.analyses[0].passages[0].anchor}`;
  const events = [];
  for (let i = 0; i < n; i++) {
    const day = new Date(START + Math.floor(random() * ((END - START) / DAY)) * DAY).toISOString().slice(0, 10);
    const id = `synthetic-${String(i).padStart(7, '0')}`;
    events.push({
      id,
      title: `Synthetic event ${i} (benchmark data)`,
      date: random() < 0.1 ? day.slice(0, 7) : day,
      kind: KINDS[Math.floor(random() * KINDS.length)],
      place: { coordinates: [Math.round((36 + random() * 6) * 1e4) / 1e4, Math.round((32.5 + random() * 4.5) * 1e4) / 1e4], name: 'Synthetic place', country: 'SY', location: { precision: 'estimate', note: 'SYNTHETIC: a random point, not a real place.' } },
      actors: [],
      summary: 'Synthetic benchmark event: not real.',
      sources: ['ccbs-article'],
      passages: [passage],
    });
  }
  return { ...real, events: [...real.events, ...events] };
}
