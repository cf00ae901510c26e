import { describe, expect, it } from 'vitest';
import { buildSearchIndex, normalize, search, type SearchEntry } from '../../src/content/search-index';

const entries: SearchEntry[] = [
  { kind: 'site', id: 'khmeimim', label: 'Khmeimim Air Base', names: ['Khmeimim Air Base', 'قاعدة حميميم الجوية', 'авиабаза «Хмеймим»', 'Hmeimim', 'Hmeymim', 'Khmeimim', 'حميميم', 'Хмеймим'] },
  { kind: 'site', id: 'tartus-port', label: 'Port of Tartus', names: ['Port of Tartus', 'ميناء طرطوس', 'порт Тартус'] },
  { kind: 'place', id: 'aleppo', label: 'Aleppo', names: ['Aleppo', 'حلب'], at: [37.16, 36.2] },
  { kind: 'event', id: 'attack', label: 'Armed attack on Khmeimim air base', names: ['Armed attack on Khmeimim air base'] },
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
  it('finds nothing for nonsense', () => {
    expect(search(index, 'zzzzqqq')).toEqual([]);
    expect(search(index, '   ')).toEqual([]);
  });
});
