import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { joinBundle, splitBundle } from '../../src/content/bundle-split';
import type { ContentBundle } from '../../src/content/schema';
import { buildTextIndex, withEventProse, withSiteProse } from '../../src/content/texts';
import { validateBundle } from '../../src/content/validate';
import { readCompiledContent } from '../../scripts/compiled-content';

// The real content, joined from the two built files and checked, then variations on it that reach every optional
// field the split moves (a point place with and without a note, periods with and without a disagreement, an
// analysis with and without its publication note, a site without status).
const real = validateBundle(
  joinBundle(readCompiledContent(), JSON.parse(readFileSync('public/content/texts.json', 'utf8'))),
).content;

function variants(c: ContentBundle): ContentBundle[] {
  const clone = () => structuredClone(c);
  const noNotes = clone();
  for (const e of noNotes.events) if ('coordinates' in e.place) delete e.place.location.note;
  for (const s of noNotes.sites) {
    delete s.location.note;
    for (const p of s.status) delete p.disagreement;
  }
  for (const a of noNotes.analyses) delete a.publishedNote;
  for (const e of noNotes.events) delete e.disagreements;
  const noStatus = clone();
  for (const s of noStatus.sites) s.status = [];
  return [c, noNotes, noStatus];
}

describe('content.json and texts.json', () => {
  it('join back into exactly the content they were split from', () => {
    for (const c of variants(real)) {
      const { map, texts } = splitBundle(c);
      expect(joinBundle(JSON.parse(JSON.stringify(map)), JSON.parse(JSON.stringify(texts)))).toEqual(c);
    }
  });

  it('keep every prose field out of content.json', () => {
    const { map } = splitBundle(real);
    const text = JSON.stringify(map);
    for (const s of real.sites) for (const p of s.status) expect(text.includes(JSON.stringify(p.note))).toBe(false);
    for (const e of real.events) expect(text.includes(JSON.stringify(e.summary))).toBe(false);
    for (const a of real.areas) expect(text.includes(JSON.stringify(a.description))).toBe(false);
  });

  it('give the panels each item whole, and empty prose when the texts are missing', () => {
    const { map, texts } = splitBundle(real);
    const index = buildTextIndex(map, new Map(map.events.map((e) => [e.id, e])), texts);
    for (const s of real.sites) expect(index.sites.get(s.id)).toEqual(s);
    for (const e of real.events) expect(index.events.get(e.id)).toEqual(e);
    const site = map.sites.find((s) => s.status.length > 0);
    if (!site) throw new Error('the content has no site with a status');
    expect(withSiteProse(site, null).status.map((p) => p.note)).toEqual(site.status.map(() => ''));
    const event = map.events[0];
    if (event) expect(withEventProse(event, null).summary).toBe('');
  });

  it('let nothing in texts.json replace what content.json says (a title, a date, a status)', () => {
    const { map, texts } = splitBundle(real);
    const [event] = map.events;
    const [site] = map.sites.filter((s) => s.status.length > 0);
    if (!event || !site) throw new Error('the content has no event or no site with a status');
    const forged = structuredClone(texts) as unknown as { events: Record<string, object>; sites: Record<string, { status: object[] }> };
    forged.events[event.id] = { ...forged.events[event.id], title: 'forged', date: '1900' };
    forged.sites[site.id]?.status.splice(0, 1, { note: 'n', status: 'annulled', from: '1900' });
    const joined = joinBundle(map, forged) as ContentBundle;
    const e = joined.events.find((x) => x.id === event.id);
    const s = joined.sites.find((x) => x.id === site.id);
    expect([e?.title, e?.date]).toEqual([event.title, event.date]);
    expect([s?.status[0]?.status, s?.status[0]?.from]).toEqual([site.status[0]?.status, site.status[0]?.from]);
  });
});
