import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ar } from '../../src/i18n/ar';
import { en } from '../../src/i18n/en';
import { loadMessages, plural, translate } from '../../src/i18n/i18n';
import { ru } from '../../src/i18n/ru';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

describe('languages arrive when first used', () => {
  it('shows English until the Russian strings are loaded, Russian after', async () => {
    // A fresh copy of the module, as the page starts (the test setup has loaded every language into the shared one).
    vi.resetModules();
    const i18n = await import('../../src/i18n/i18n');
    expect(i18n.hasMessages('ru')).toBe(false);
    expect(i18n.translate('ru', 'app.overview')).toBe(en['app.overview']);
    await i18n.loadMessages('ru');
    expect(i18n.hasMessages('ru')).toBe(true);
    expect(i18n.translate('ru', 'app.overview')).toBe(ru['app.overview']);
    expect(ru['app.overview']).not.toBe(en['app.overview']);
  });
});

describe('translations', () => {
  beforeAll(() => Promise.all([loadMessages('ar'), loadMessages('ru')]));

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
