import { describe, expect, it } from 'vitest';
import { boundedDistance, buildSearchIndex, normalize, search, searchByScan, searchIndex, type SearchEntry } from '../../src/content/search-index';
import { editDistance } from '../../src/content/suggest';

const entries: SearchEntry[] = [
  { kind: 'site', id: 'khmeimim', label: 'Khmeimim Air Base', names: ['Khmeimim Air Base', 'قاعدة حميميم الجوية', 'авиабаза «Хмеймим»', 'Hmeimim', 'Hmeymim', 'Khmeimim', 'حميميم', 'Хмеймим'] },
  { kind: 'site', id: 'tartus-port', label: 'Port of Tartus', names: ['Port of Tartus', 'ميناء طرطوس', 'порт Тартус'] },
  { kind: 'place', id: 'aleppo', label: 'Aleppo', names: ['Aleppo', 'حلب'], at: [37.16, 36.2] },
  { kind: 'event', id: 'attack', label: 'Armed attack on Khmeimim air base', names: ['Armed attack on Khmeimim air base'] },
  { kind: 'place', id: 'tartus', label: 'Tartus', names: ['Tartus', 'طرطوس'], at: [35.89, 34.89] },
  { kind: 'place', id: 'tarsus', label: 'Tarsus', names: ['Tarsus'], at: [34.89, 36.92] },
  { kind: 'place', id: 'khartoum', label: 'Khartoum', names: ['Khartoum'], at: [32.53, 15.59] },
  { kind: 'place', id: 'latakia', label: 'Latakia', names: ['Latakia', 'اللاذقية'], at: [35.78, 35.52] },
  { kind: 'place', id: 'latvia', label: 'Latvia', names: ['Latvia'], at: [24.6, 56.9] },
  { kind: 'place', id: 'homs', label: 'Homs', names: ['Homs'], at: [36.72, 34.73] },
  { kind: 'place', id: 'oms', label: 'Roms', names: ['Roms'], at: [0, 0] },
];
const index = buildSearchIndex(entries);
const top = (q: string) => search(index, q)[0]?.entry.id;

describe('search', () => {
  it('finds Khmeimim by every name readers use, in three scripts', () => {
    for (const q of ['Hmeimim', 'Khmeimim', 'حميميم', 'Хмеймим', 'hmeymim', 'Hmeimim air', 'حُمَيْمِيم', 'khmeymim']) expect(top(q), q).toBe('khmeimim');
  });
  it('forgives typos and ranks sites before events', () => {
    expect(top('Kmeimim')).toBe('khmeimim');
    expect(top('Alepo')).toBe('aleppo');
    expect(search(index, 'khmeimim').map((h) => h.entry.id)).toEqual(['khmeimim', 'attack']);
  });
  it('normalises Arabic letter variants and Russian ё', () => {
    expect(normalize('أحمد')).toBe(normalize('احمد'));
    expect(normalize('إدلب')).toBe(normalize('ادلب'));
    expect(normalize('مدينة')).toBe(normalize('مدينه'));
    expect(normalize('Ёлка')).toBe('елка');
  });
  it('scales the typos it forgives to the query, so near names of other places stay out', () => {
    const ids = (q: string) => search(index, q).map((h) => h.entry.id);
    expect(ids('Tartous')).toContain('tartus');
    expect(ids('Tartous')).not.toContain('tarsus');
    expect(ids('Tartous')).not.toContain('khartoum');
    expect(ids('Latakia')).toEqual(['latakia']);
    // Four letters: no typo allowed.
    expect(ids('Homs')).toEqual(['homs']);
  });
  it('finds nothing for nonsense', () => {
    expect(search(index, 'zzzzqqq')).toEqual([]);
    expect(search(index, '   ')).toEqual([]);
  });
});

describe('the index finds what a scan of every name finds', () => {
  // A fixture (not content): the entries above and a few thousand synthetic ones built from their words, so names
  // share words, prefixes and near-misses.
  const words = ['tartus', 'khmeimim', 'latakia', 'port', 'naval', 'base', 'qamishli', 'damascus', 'homs', 'hama', 'jableh', 'attack', 'drone', 'contract'];
  const many = Array.from({ length: 3000 }, (_, i) => ({
    kind: (['site', 'event', 'place'] as const)[i % 3] ?? 'event',
    id: `x${i}`,
    label: `Entry ${i}`,
    names: [`${words[i % words.length]} ${words[(i * 7) % words.length]} ${i}`, `${words[(i * 3) % words.length]}${i % 5 === 0 ? 'e' : ''}`],
  }));
  const all = [...entries, ...many];
  const big = buildSearchIndex(all);
  it.each(['tartus', 'tartous', 'khmeimin', 'port', 'por', 'po', 'p', 'amas', 'contrakt', '12', 'ام', 'qamishli 1', 'naval base', 'nval base', 'naval bse', 'tartus port', 'zzzz', 'хмеймим'])('"%s"', (q) => {
    const viaIndex = searchIndex(big, q, 50);
    expect(viaIndex.hits.map((h) => [h.entry.id, h.score])).toEqual(searchByScan(all, q, 50).map((h) => [h.entry.id, h.score]));
  });
  it('counts every match of each kind, beyond those it lists', () => {
    const { hits, totals } = searchIndex(big, 'port', 5);
    const all5 = searchByScan(all, 'port', 100_000);
    expect(hits.filter((h) => h.entry.kind === 'event')).toHaveLength(5);
    expect(totals.event).toBe(all5.filter((h) => h.entry.kind === 'event').length);
    expect(totals.event).toBeGreaterThan(100);
  });
});

describe('the bounded edit distance', () => {
  it('agrees with the full one up to its bound, and says "more" beyond', () => {
    const words = ['', 'a', 'tartus', 'tartous', 'tarsus', 'khmeimim', 'hmeimim', 'latakia', 'latvia', 'sinthetic', 'synthetic event'];
    for (const a of words) for (const b of words) for (const max of [0, 1, 2, 3]) {
      const d = editDistance(a, b);
      expect(boundedDistance(a, b, max), `${a}/${b}/${max}`).toBe(d <= max ? d : max + 1);
    }
  });
});
