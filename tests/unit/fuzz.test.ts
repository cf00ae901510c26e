import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dayNumber } from '../../src/content/dates';
import { joinBundle } from '../../src/content/bundle-split';
import { validateBundle } from '../../src/content/validate';
import { selectionAt } from '../../src/state/paths';
import { MAP_ZOOM_RANGE, mapHashNotice, parseMapHash, parseTimeView } from '../../src/state/url-state';
import { rng } from '../../bench/seeded-random.mjs';
import { readCompiledContent } from '../../scripts/compiled-content';

const SEED = 20261126;

/** Runs f with console.warn silenced: the router warns about each malformed path it keeps as written. */
function quietly<T>(f: () => T): T {
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    return f();
  } finally {
    console.warn = warn;
  }
}
const ALPHABET = ['0', '1', '9', '-', '/', '.', '%', '#', '?', '&', '=', '<', '>', '"', "'", 'a', 'Z', ' ', '\u0000', 'é', 'ق', 'Я', '😀', '\u202e', 'map=', 'date=', '2025-', '%E0%A4%A', 'javascript:', '<script>'];
function randomText(r: () => number, max = 60): string {
  const n = Math.floor(r() * max);
  let s = '';
  for (let i = 0; i < n; i++) s += ALPHABET[Math.floor(r() * ALPHABET.length)] ?? '';
  return r() < 0.05 ? s.repeat(200) : s;
}

const extent = { start: dayNumber(2015, 8, 1), end: dayNumber(2026, 12, 31), latest: dayNumber(2026, 1, 28) };

describe('fuzz: the URL parsers', () => {
  it('never throw, always give a date inside the extent, and explain every date they could not use (3,000 cases)', () => {
    const r = rng(SEED);
    for (let i = 0; i < 3000; i++) {
      const date = r() < 0.3 ? `2025-${String(Math.floor(r() * 14)).padStart(2, '0')}-${String(Math.floor(r() * 33)).padStart(2, '0')}` : randomText(r);
      const from = r() < 0.5 ? randomText(r) : '2016-01-01';
      const search = `?date=${encodeURIComponent(date)}&from=${encodeURIComponent(from)}&${randomText(r, 20)}`;
      const where = `seed ${SEED}, case ${i}: ${JSON.stringify(search).slice(0, 200)}`;
      const view = parseTimeView(search, extent);
      expect(view.date, where).toBeGreaterThanOrEqual(extent.start);
      expect(view.date, where).toBeLessThanOrEqual(extent.end);
      if (view.from !== null) expect(view.from, where).toBeLessThanOrEqual(view.date);
      const param = new URLSearchParams(search).get('date') ?? '';
      const valid = /^\d{4}-\d{2}-\d{2}$/.test(param) && !Number.isNaN(Date.parse(`${param}T00:00:00Z`)) && new Date(`${param}T00:00:00Z`).toISOString().startsWith(param);
      if (!valid) expect(view.notices.length, where).toBeGreaterThan(0);

      const hash = `#map=${randomText(r, 30)}`;
      const parsed = parseMapHash(hash);
      // Every viewport the map cannot show as it is gets a notice: unreadable, or a zoom outside the map's range.
      const shownAsIs = parsed !== null && parsed.zoom >= MAP_ZOOM_RANGE.min && parsed.zoom <= MAP_ZOOM_RANGE.max;
      expect(mapHashNotice(hash) === null, hash).toBe(shownAsIs);

      const path = `/${['sites', 'events', 'analyses', randomText(r, 8)][Math.floor(r() * 4)]}/${randomText(r)}${r() < 0.3 ? `/${randomText(r)}` : ''}`;
      expect(() => quietly(() => selectionAt(path)), path).not.toThrow();
    }
  });
});

describe('fuzz: the content validator', () => {
  let real: Record<string, unknown[]>;
  beforeAll(() => {
    const out = join(mkdtempSync(join(tmpdir(), 'atlas-fuzz-')), 'content.json');
    execFileSync(join('node_modules', '.bin', 'tsx'), ['scripts/content-build.ts', '--out', out], { stdio: 'pipe' });
    // The whole bundle, as the validator sees it: content.json with its texts.json.
    real = joinBundle(readCompiledContent(dirname(out)), JSON.parse(readFileSync(join(dirname(out), 'texts.json'), 'utf8'))) as Record<string, unknown[]>;
  });

  /** Mutations that always make an item invalid, so each must be reported. */
  const breakers: ((item: Record<string, unknown>, r: () => number) => void)[] = [
    (item) => delete item.id,
    (item) => (item.id = 'Not A Slug!'),
    (item, r) => (item.id = Math.floor(r() * 1000)),
    (item) => (item.unexpected = true),
    (item, r) => {
      const keys = Object.keys(item).filter((k) => k !== 'id');
      const k = keys[Math.floor(r() * keys.length)];
      if (k) item[k] = { nonsense: [null] };
    },
  ];

  it('never throws, and reports every item broken on purpose (1,000 cases)', { timeout: 30_000 }, () => {
    const r = rng(SEED + 1);
    const kinds = ['analyses', 'sites', 'events', 'areas', 'sources', 'actors'];
    for (let i = 0; i < 1000; i++) {
      const bundle = structuredClone(real);
      const kind = kinds[Math.floor(r() * kinds.length)] ?? 'sites';
      const list = bundle[kind] ?? [];
      const index = Math.floor(r() * list.length);
      const item = list[index] as Record<string, unknown>;
      const breaker = breakers[Math.floor(r() * breakers.length)];
      breaker?.(item, r);
      // And some random damage elsewhere that may or may not be invalid.
      if (r() < 0.5) {
        const other = bundle.events?.[Math.floor(r() * (bundle.events?.length ?? 1))] as Record<string, unknown> | undefined;
        if (other) other.summary = randomText(r, 200);
      }
      const where = `seed ${SEED + 1}, case ${i}: ${kind}[${index}]`;
      let result: ReturnType<typeof validateBundle> | undefined;
      expect(() => (result = validateBundle(bundle)), where).not.toThrow();
      expect(result?.problems.some((p) => p.where === `${kind}[${index}]`), where).toBe(true);
    }
  });

  it('never throws on garbage in place of the whole file', () => {
    const r = rng(SEED + 2);
    for (let i = 0; i < 500; i++) {
      const garbage = [null, 42, 'text', [], { sites: 'x' }, { events: [randomText(r)] }, { analyses: [{}], sites: [null] }][i % 7];
      expect(() => validateBundle(garbage)).not.toThrow();
      expect(validateBundle(garbage).problems.length).toBeGreaterThan(0);
    }
  });
});
