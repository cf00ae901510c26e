import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildIndex, passageRef, type ContentIndex } from '../../src/content/content-index';
import { rowFilter } from '../../src/content/filters';
import { buildSearchIndex, search } from '../../src/content/search-index';
import { shownAt } from '../../src/content/shown';
import { tableExtent } from '../../src/content/timeline-extent';
import { contentWithFixture } from '../../scripts/with-fixture-content.mjs';
import { readCompiledContent } from '../../scripts/compiled-content';

// Adding an analysis must break nothing: the fixture (tests/fixtures/second-analysis, SYNTHETIC: two sites and five
// events in Libya) is added to a temporary copy of the real content, which is checked, compiled and run through the
// view model. (`npm run test:with-fixture` runs the whole suite, browser included, on the same copy.)
const FIXTURE = 'tests/fixtures/second-analysis';
const fixtureIds = (sub: string) => readdirSync(join(FIXTURE, sub)).flatMap((f) => (parse(readFileSync(join(FIXTURE, sub, f), 'utf8')) as { id: string }[]).map((x) => x.id));

let dir: string;
let check: { status: number | null; out: string };
let index: ContentIndex;

beforeAll(() => {
  dir = contentWithFixture();
  const out = join(mkdtempSync(join(tmpdir(), 'atlas-fixture-out-')), 'content.json');
  const r = spawnSync(join('node_modules', '.bin', 'tsx'), ['scripts/content-build.ts', '--dir', dir, '--out', out], { encoding: 'utf8' });
  check = { status: r.status, out: `${r.stdout}${r.stderr}` };
  index = buildIndex(readCompiledContent(dirname(out)));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a second analysis, in another region, added to the content', () => {
  const sites = fixtureIds('sites');
  const events = fixtureIds('events');

  it('passes the checker, which counts it', () => {
    expect(sites).toHaveLength(2);
    expect(events).toHaveLength(5);
    expect(check.status, check.out).toBe(0);
    expect(check.out).toMatch(/content OK: 2 analyses, /);
    expect(index.content.analyses.map((a) => a.id)).toContain('fixture-second-analysis');
  });

  it('filtered to that analysis, shows exactly its events and none of the others', () => {
    const filter = rowFilter(index.table, { kinds: [], actors: [], analyses: ['fixture-second-analysis'] });
    const extent = tableExtent(index.table);
    if (!extent) throw new Error('no extent');
    const shown = shownAt({ table: index.table, sites: index.content.sites }, { date: extent.end, from: null }, filter);
    expect(shown.events().map((e) => e.id).sort()).toEqual([...events].sort());
    // Unfiltered, everything of both analyses is shown at the end of the timeline.
    expect(shownAt({ table: index.table, sites: index.content.sites }, { date: extent.end, from: null }, null).eventCount).toBe(index.table.events.length);
  });

  it('links its passages to its sites and events, and search finds them', () => {
    const mentioned = (index.analyses.get('fixture-second-analysis')?.passages ?? []).map((p) => index.passageMentions.get(passageRef('fixture-second-analysis', p.anchor)));
    expect(mentioned.flatMap((m) => m?.sites.map((s) => s.id) ?? []).sort()).toEqual([...sites].sort());
    expect(mentioned.flatMap((m) => m?.events.map((e) => e.id) ?? []).sort()).toEqual([...events].sort());
    const entries = buildSearchIndex(index.content.sites.map((s) => ({ kind: 'site' as const, id: s.id, label: s.names.en, names: [s.names.en, ...(s.names.aliases ?? [])] })));
    expect(search(entries, 'Fixture North')[0]?.entry.id).toBe('fixture-north-base');
  });
});
