import { describe, expect, it } from 'vitest';
import { buildSearchIndex, normalize, search, type SearchEntry } from '../../src/content/search-index';

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
