import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ar } from '../../src/i18n/ar';
import { en } from '../../src/i18n/en';
import { plural, translate } from '../../src/i18n/i18n';
import { ru } from '../../src/i18n/ru';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

describe('translations', () => {
  it('Arabic and Russian have every English key, and no empty or untranslated-looking text', () => {
    for (const [name, messages] of [['ar', ar], ['ru', ru]] as const) {
      expect(Object.keys(messages).sort(), name).toEqual(Object.keys(en).sort());
      for (const [key, text] of Object.entries(messages)) {
        expect(text.trim(), `${name} ${key}`).not.toBe('');
        // The same parameters as English, so nothing is lost in translation.
        const params = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
        if (!/\.(zero|one|two)$/.test(key)) expect(params(text), `${name} ${key}`).toEqual(params(en[key as keyof typeof en]));
      }
    }
  });

  it('every key the code asks for exists (a missing key fails here)', () => {
    const used = new Set<string>();
    for (const file of sources('src')) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z]+\.[a-zA-Z0-9.-]+)'/g)) used.add(m[1] ?? '');
    }
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter((k) => !(k in en));
    expect(missing).toEqual([]);
  });

  it('fills parameters and picks plural forms by each language\'s rules', () => {
    expect(translate('en', 'home.sites', { count: 6 })).toBe('Sites (6)');
    expect(plural('en', 'timeline.events', 1)).toBe('1 event');
    expect(plural('ru', 'timeline.events', 1)).toBe('1 событие');
    expect(plural('ru', 'timeline.events', 3)).toBe('3 события');
    expect(plural('ru', 'timeline.events', 15)).toBe('15 событий');
    expect(plural('ar', 'timeline.sites', 2)).toBe('موقعان');
  });
});
