import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const TSX = join('node_modules', '.bin', 'tsx');

function runCheck(dir: string) {
  const r = spawnSync(TSX, ['scripts/content-build.ts', '--check', '--dir', dir], { encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

interface BrokenCase {
  name: string;
  file: string;
  /** Text in the real file to replace (must occur exactly once). */
  find: string;
  replace: string;
  /** The field the report must name, and words its reason must contain. */
  field: string;
  reason: string;
  /** The report's line is the line of this text in the broken file (default: where the replacement starts). */
  lineOf?: string;
  /** YAML syntax errors are found where the parser notices them: up to this many lines later. */
  slack?: number;
}

const SITES = 'sites/russia-syria.yaml';
const EVENTS = 'events/russia-syria.yaml';
const AREAS = 'areas/russia-syria.yaml';
const SOURCES = 'sources/russia-syria.yaml';
const ACTORS = 'actors/russia-syria.yaml';
const ANALYSIS = 'analyses/ccbs-russia-syria-new-chapter.md';

const cases: BrokenCase[] = [
  { name: 'site id not a slug', file: SITES, find: '- id: khmeimim\n', replace: '- id: Khmeimim_Base\n', field: 'id', reason: 'must be a slug' },
  { name: 'duplicate site id', file: SITES, find: '- id: damascus\n', replace: '- id: kremlin\n', field: 'id', reason: 'duplicate id "kremlin"' },
  { name: 'swapped coordinates', file: SITES, find: 'coordinates: [35.9450, 35.4117]', replace: 'coordinates: [35.4117, 55.9450]', field: 'coordinates', reason: 'outside SY' },
  { name: 'latitude off the Earth', file: SITES, find: 'coordinates: [41.1914, 37.0206]', replace: 'coordinates: [41.1914, 97.0206]', field: 'coordinates.1', reason: 'latitude must be between -90 and 90' },
  { name: 'status period without source', file: SITES, find: '      sources: [wikipedia-qamishli-airport]\n    - from: 2024-12-07', replace: '      sources: []\n    - from: 2024-12-07', field: 'status.0.sources', reason: 'needs at least one source' },
  { name: 'status period ends before it starts', file: SITES, find: '      to: 2024-12-07\n', replace: '      to: 2014-12-07\n', field: 'status.0.to', reason: 'before it starts' },
  { name: 'unknown status', file: SITES, find: '      status: withdrawn\n', replace: '      status: gone\n', field: 'status.2.status', reason: 'must be one of' },
  { name: 'site without passage', file: SITES, find: '  passages:\n    - ccbs-russia-syria-new-chapter#tartus-port-and-ships\n\n- id: qamishli-airport', replace: '  passages: []\n\n- id: qamishli-airport', field: 'passages', reason: 'at least one analysis passage' },
  { name: 'misspelt field', file: SITES, find: '  country: RU\n', replace: '  country: RU\n  contry: RU\n', field: '', reason: 'unknown field: contry', lineOf: '- id: kremlin' },
  { name: 'event on 30 February', file: EVENTS, find: 'date: 2025-02-23', replace: 'date: 2025-02-30', field: 'date', reason: 'real calendar date' },
  { name: 'event range reversed', file: EVENTS, find: 'date: { from: 2024-12-09, to: 2024-12-11 }', replace: 'date: { from: 2024-12-19, to: 2024-12-11 }', field: 'date.to', reason: 'before it starts' },
  { name: 'event at an unknown site', file: EVENTS, find: 'place: { site: khmeimim }\n  actors: [burkan-al-furat, russia]', replace: 'place: { site: hmeimim }\n  actors: [burkan-al-furat, russia]', field: 'place.site', reason: 'unknown site "hmeimim"' },
  { name: 'event citing a passage that does not exist', file: EVENTS, find: 'passages: [ccbs-russia-syria-new-chapter#elections]', replace: 'passages: [ccbs-russia-syria-new-chapter#election]', field: 'passages.0', reason: 'has no passage "election"' },
  { name: 'event citing an unknown source', file: EVENTS, find: 'sources: [hurriyet-phone-call]', replace: 'sources: [hurriyet-phone-cal]', field: 'sources.0', reason: 'unknown source "hurriyet-phone-cal"' },
  { name: 'event with an unknown actor', file: EVENTS, find: '  actors: [israel]\n', replace: '  actors: [isreal]\n', field: 'actors.0', reason: 'unknown actor "isreal"' },
  { name: 'area ring not closed', file: AREAS, find: '      - [35.80, 33.38]\n  sources', replace: '      - [35.81, 33.38]\n  sources', field: 'polygon.0', reason: 'must end where it starts', lineOf: '    - - [35.80, 33.38]' },
  { name: 'source with a bad URL', file: SOURCES, find: 'url: https://tass.com/economy/2014571', replace: 'url: tass.com/economy/2014571', field: 'url', reason: 'http(s) URL' },
  { name: 'actor without names', file: ACTORS, find: '  names: { en: Israel, ar: إسرائيل, ru: Израиль }\n', replace: '', field: 'names', reason: 'is missing', lineOf: '- id: israel' },
  { name: 'YAML syntax error', file: ACTORS, find: '- id: sdf\n', replace: '- id: sdf\n  kind: [armed-group\n', field: '', reason: 'YAML syntax', lineOf: '  kind: [armed-group', slack: 1 },
  { name: 'analysis with a malformed date', file: ANALYSIS, find: 'published: { from: 2025-10-15, to: 2026-01-26 }', replace: 'published: { from: 2025-10-15, to: 26-01-2026 }', field: 'published.to', reason: 'real calendar date' },
  { name: 'passage heading without anchor', file: ANALYSIS, find: '## Elections welcomed {#elections}', replace: '## Elections welcomed', field: 'passages', reason: 'needs an anchor' },
  { name: 'raw HTML in a passage', file: ANALYSIS, find: 'a negotiated balance', replace: 'a negotiated <img src=x onerror=alert(1)> balance', field: 'passages.2.text', reason: 'must be plain text', lineOf: '## Honouring agreements, on new terms {#respecting-agreements}' },
  { name: 'a javascript: link in an event summary', file: EVENTS, find: 'summary: Ahmed al-Sharaa becomes', replace: 'summary: See javascript:alert(1) Ahmed al-Sharaa becomes', field: 'summary', reason: 'must be plain text' },
  { name: 'duplicate passage anchor', file: ANALYSIS, find: '## Outlook {#outlook}', replace: '## Outlook {#constraints}', field: 'passages.11.anchor', reason: 'duplicate passage anchor' },
];

describe('npm run content:check', () => {
  it('passes on the real content, and counts what is in it', () => {
    const r = runCheck('content');
    // Expected counts read from the files themselves: an analysis per Markdown file, an item per "- id:" line.
    const count = (sub: string) => readdirSync(join('content', sub)).reduce((n, f) => n + (f.endsWith('.md') ? 1 : (readFileSync(join('content', sub, f), 'utf8').match(/^- id:/gm) ?? []).length), 0);
    expect(r.out).toContain(`content OK: ${count('analyses')} analyses, ${count('sites')} sites, ${count('events')} events, ${count('areas')} areas`);
    expect(r.status).toBe(0);
  });

  it.each(cases)('reports $name as file:line  field  reason and fails', { timeout: 20_000 }, (c) => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-content-'));
    cpSync('content', dir, { recursive: true });
    const path = join(dir, c.file);
    const original = readFileSync(path, 'utf8');
    expect(original.split(c.find).length, `"${c.find}" must occur once in ${c.file}`).toBe(2);
    const broken = original.replace(c.find, c.replace);
    writeFileSync(path, broken);
    const line = c.lineOf
      ? broken.split('\n').findIndex((l) => l === c.lineOf) + 1
      : broken.slice(0, original.indexOf(c.find)).split('\n').length + (c.replace.startsWith('\n') ? 1 : 0);
    expect(line).toBeGreaterThan(0);

    const r = runCheck(dir);
    expect(r.status).toBe(1);
    const reported = r.out.split('\n').filter((l) => l.startsWith(`${path}:`));
    const lines = Array.from({ length: (c.slack ?? 0) + 1 }, (_, k) => `${path}:${line + k}  ${c.field || '(item)'}  `);
    expect(
      reported.some((l) => lines.some((start) => l.startsWith(start)) && l.includes(c.reason)),
      `expected a line starting "${lines[0]}" with "${c.reason}" in:\n${r.out}`,
    ).toBe(true);
  });
});
