import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/content/problems';
import { checkContent } from '../../scripts/content-check';

// Each case breaks a copy of the real content in one place and expects the checker to name the file, the line, the
// field and the reason. The checker runs in process (scripts/content-check.ts, what `npm run content:check` runs).
const SEED = '../shared/sources/ccbs-russia-syria-new-chapter.txt';
const copies: string[] = [];
afterAll(() => copies.forEach((d) => rmSync(d, { recursive: true, force: true })));

function copyOfContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-content-'));
  cpSync('content', dir, { recursive: true });
  copies.push(dir);
  return dir;
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
  /** Words of ours checked against this source text (the own-words rule). */
  against?: string;
  /** A report this case must not produce (the cascade rule): a reason fragment. */
  notReason?: string;
}

const SITES = 'sites/russia-syria.yaml';
const EVENTS = 'events/russia-syria.yaml';
const AREAS = 'areas/russia-syria.yaml';
const SOURCES = 'sources/russia-syria.yaml';
const ACTORS = 'actors/russia-syria.yaml';
const ANALYSIS = 'analyses/ccbs-russia-syria-new-chapter.md';

const cases: BrokenCase[] = [
  { name: 'site id not a slug', file: SITES, find: '- id: khmeimim\n', replace: '- id: Khmeimim_Base\n', field: 'id', reason: 'must be a slug: lower-case letters, digits and single hyphens (got "Khmeimim_Base")' },
  { name: 'duplicate site id', file: SITES, find: '- id: damascus\n', replace: '- id: kremlin\n', field: 'id', reason: 'duplicate id "kremlin"' },
  { name: 'swapped coordinates', file: SITES, find: 'coordinates: [35.9450, 35.4117]', replace: 'coordinates: [35.4117, 55.9450]', field: 'coordinates', reason: 'outside SY' },
  { name: 'latitude off the Earth', file: SITES, find: 'coordinates: [41.1914, 37.0206]', replace: 'coordinates: [41.1914, 97.0206]', field: 'coordinates.1', reason: 'latitude must be between -90 and 90 (got 97.0206)' },
  { name: 'status period without source', file: SITES, find: '      sources: [reuters-qamishli-2019, wikipedia-qamishli-airport]\n', replace: '      sources: []\n', field: 'status.0.sources', reason: 'needs at least one source' },
  { name: 'status period ends before it starts', file: SITES, find: '      to: 2024-12-07\n', replace: '      to: 2014-12-07\n', field: 'status.0.to', reason: 'before it starts' },
  { name: 'unknown status, echoed', file: SITES, find: '      status: withdrawn\n', replace: '      status: gone\n', field: 'status.2.status', reason: '"gone" is not one of: russian-operated' },
  { name: 'site without passage', file: SITES, find: '  passages:\n    - ccbs-russia-syria-new-chapter#tartus-port-and-ships\n\n- id: qamishli-airport', replace: '  passages: []\n\n- id: qamishli-airport', field: 'passages', reason: 'at least one analysis passage' },
  { name: 'misspelt field', file: SITES, find: '  country: RU\n', replace: '  country: RU\n  contry: RU\n', field: '', reason: 'unknown field: contry', lineOf: '- id: kremlin' },
  { name: 'exact location without a source', file: SITES, find: '    precision: exact\n    sources: [wikipedia-moscow-kremlin]\n', replace: '    precision: exact\n', field: 'location.sources', reason: 'a location given as exact needs the sources that give it (or precision: estimate, with a note)' },
  {
    name: 'estimated location without its reason',
    file: SITES,
    find: "    precision: estimate\n    note: >-\n      Our estimate of the centre of the commercial harbour basins, south of the Russian naval piers, which sit on the\n      port's northern edge [@wikipedia-tartus-naval-base]. No published coordinate for the commercial port was found\n      [@worldportsource-tartus], and the point has not been checked against imagery.\n",
    replace: '    precision: estimate\n',
    field: 'location.note',
    reason: 'an estimated location needs a note saying how it was estimated',
  },
  { name: 'a note citing an unknown source, with suggestions', file: SITES, find: '[@alalam-khmeimim-ratification]', replace: '[@alalam-khmeimim-ratifcation]', field: 'status.0.note', reason: 'cites unknown source "alalam-khmeimim-ratifcation"; did you mean "alalam-khmeimim-ratification"', lineOf: '      note: >-' },
  { name: 'an unclosed quotation', file: EVENTS, find: "summary: Ahmed al-Sharaa is named Syria's president", replace: 'summary: Ahmed al-Sharaa is named Syria\'s "president', field: 'summary', reason: 'unclosed quotation' },
  { name: 'first reported before it happened', file: EVENTS, find: '  reported: 2026-01-26\n', replace: '  reported: 2026-01-06\n', field: 'reported', reason: 'first reported (2026-01-06) before it happened (2026-01-21)' },
  { name: 'event on 30 February', file: EVENTS, find: 'date: 2025-02-23', replace: 'date: 2025-02-30', field: 'date', reason: 'real calendar date' },
  { name: 'event range reversed', file: EVENTS, find: 'date: { from: 2024-12-09, to: 2024-12-11 }', replace: 'date: { from: 2024-12-19, to: 2024-12-11 }', field: 'date.to', reason: 'before it starts' },
  { name: 'event at an unknown site, with the valid choices', file: EVENTS, find: 'place: { site: khmeimim }\n  actors: [burkan-al-furat, russia]', replace: 'place: { site: hmeimim }\n  actors: [burkan-al-furat, russia]', field: 'place.site', reason: 'unknown site "hmeimim"; did you mean "khmeimim"? Valid: khmeimim, tartus-naval-facility' },
  { name: 'event citing a passage that does not exist, with the valid anchors', file: EVENTS, find: 'passages: [ccbs-russia-syria-new-chapter#elections]', replace: 'passages: [ccbs-russia-syria-new-chapter#election]', field: 'passages.0', reason: 'has no passage "election"; did you mean "elections"? Valid: first-kremlin-meeting, bases-on-the-agenda' },
  { name: 'event citing an unknown source', file: EVENTS, find: 'sources: [hurriyet-phone-call, wion-phone-call, lbc-phone-call]', replace: 'sources: [hurriyet-phone-cal, wion-phone-call, lbc-phone-call]', field: 'sources.0', reason: 'unknown source "hurriyet-phone-cal"; did you mean "hurriyet-phone-call"' },
  { name: 'event with an unknown actor', file: EVENTS, find: '  actors: [israel]\n', replace: '  actors: [isreal]\n', field: 'actors.0', reason: 'unknown actor "isreal"; did you mean "israel"' },
  { name: 'event point without a location', file: EVENTS, find: '    name: Western Aleppo countryside (Atarib area)\n    country: SY\n    location:\n      precision: approximate\n      note: Atarib, a town in the area where the offensive opened [@wikipedia-atarib]; not the first line of contact itself.\n      sources: [wikipedia-atarib, globalsecurity-deterrence-aggression]\n', replace: '    name: Western Aleppo countryside (Atarib area)\n    country: SY\n', field: 'place', reason: 'does not match any allowed form', lineOf: '    coordinates: [36.83, 36.1389]' },
  { name: 'area ring not closed', file: AREAS, find: '      - [35.80, 33.38]\n  sources', replace: '      - [35.81, 33.38]\n  sources', field: 'polygon.0', reason: 'must end where it starts', lineOf: '    - - [35.80, 33.38]' },
  { name: 'area period reversed', file: AREAS, find: 'period: { from: 2025-02-23 }', replace: 'period: { from: 2025-02-23, to: 2024-02-23 }', field: 'period.to', reason: 'before it starts' },
  { name: 'source with a bad URL, echoed', file: SOURCES, find: 'url: https://tass.com/economy/2014571', replace: 'url: tass.com/economy/2014571', field: 'url', reason: 'http(s) URL (got "tass.com/economy/2014571")' },
  { name: 'source with an unknown reliability flag', file: SOURCES, find: 'reliability: { flag: state-media, note: China\'s state news agency. }', replace: 'reliability: { flag: propaganda, note: China\'s state news agency. }', field: 'reliability.flag', reason: '"propaganda" is not one of: state-media' },
  { name: 'actor without names', file: ACTORS, find: '  names: { en: Israel, ar: إسرائيل, ru: Израиль }\n', replace: '', field: 'names', reason: 'is missing', lineOf: '- id: israel' },
  { name: 'YAML syntax error', file: ACTORS, find: '- id: sdf\n', replace: '- id: sdf\n  kind: [armed-group\n', field: '', reason: 'YAML syntax', lineOf: '  kind: [armed-group', slack: 1 },
  { name: 'analysis with a malformed date', file: ANALYSIS, find: 'published: 2026-01-14', replace: 'published: 14-01-2026', field: 'published', reason: 'must be a real calendar date: YYYY, YYYY-MM or YYYY-MM-DD (got "14-01-2026")' },
  { name: 'passage heading without anchor', file: ANALYSIS, find: '## Elections welcomed {#elections}', replace: '## Elections welcomed', field: 'passages', reason: 'needs an anchor' },
  { name: 'raw HTML in a passage', file: ANALYSIS, find: 'a negotiated balance', replace: 'a negotiated <img src=x onerror=alert(1)> balance', field: 'passages.2.text', reason: 'must be plain text', lineOf: '## Honouring agreements, on new terms {#respecting-agreements}' },
  { name: 'a javascript: link in an event summary', file: EVENTS, find: "summary: Ahmed al-Sharaa is named", replace: "summary: See javascript:alert(1) Ahmed al-Sharaa is named", field: 'summary', reason: 'must be plain text' },
  { name: 'passage heading with a date not on the calendar', file: ANALYSIS, find: '## Outlook {#outlook}', replace: '## Outlook {#outlook date=2025-13}', field: 'passages.11.date', reason: 'must be a real calendar date' },
  { name: 'passage heading with bounds of three numbers', file: ANALYSIS, find: '## Outlook {#outlook}', replace: '## Outlook {#outlook bounds=35,34,36}', field: 'passages.11.view.bounds', reason: '' },
  { name: 'passage heading with an attribute we do not know', file: ANALYSIS, find: '## Outlook {#outlook}', replace: '## Outlook {#outlook colour=red}', field: 'passages.11', reason: 'colour' },
  { name: 'duplicate passage anchor', file: ANALYSIS, find: '## Outlook {#outlook}', replace: '## Outlook {#constraints}', field: 'passages.11.anchor', reason: 'duplicate passage anchor' },
  {
    name: 'words copied from the article without quotation marks',
    file: ANALYSIS,
    find: 'It adds that al-Sharaa has so far not raised extradition publicly',
    replace: 'It adds that al-Sharaa has so far avoided directly mentioning Assad’s extradition in public',
    field: 'passages.3.text',
    reason: 'unquoted: "al-Sharaa has so far avoided directly mentioning Assad’s extradition in public"',
    lineOf: '## The question of Assad {#assad-extradition}',
    against: SEED,
  },
  {
    name: 'a broken site reported once, not again at every event there',
    file: SITES,
    find: '- id: qamishli-airport\n  kind: airport\n',
    replace: '- id: qamishli-airport\n  kind: airfield\n',
    field: 'kind',
    reason: '"airfield" is not one of',
    lineOf: '  kind: airfield',
    notReason: 'unknown site "qamishli-airport"',
  },
];

describe('npm run content:check', () => {
  it('passes on the real content, and counts what is in it', () => {
    const r = checkContent('content', [SEED]);
    // Expected counts read from the files themselves: an analysis per Markdown file, an item per "- id:" line.
    const count = (sub: string) => readdirSync(join('content', sub)).reduce((n, f) => n + (f.endsWith('.md') ? 1 : (readFileSync(join('content', sub, f), 'utf8').match(/^- id:/gm) ?? []).length), 0);
    expect(r.problems.map(formatProblem)).toEqual([]);
    expect(r.counts).toBe(`${count('analyses')} analyses, ${count('sites')} sites, ${count('events')} events, ${count('areas')} areas, ${count('sources')} sources, ${count('actors')} actors`);
  });

  it.each(cases)('reports $name as file:line  field  reason', (c) => {
    const dir = copyOfContent();
    const path = join(dir, c.file);
    const original = readFileSync(path, 'utf8');
    expect(original.split(c.find).length, `"${c.find}" must occur once in ${c.file}`).toBe(2);
    const broken = original.replace(c.find, c.replace);
    writeFileSync(path, broken);
    const line = c.lineOf
      ? broken.split('\n').findIndex((l) => l === c.lineOf) + 1
      : broken.slice(0, original.indexOf(c.find)).split('\n').length + (c.replace.startsWith('\n') ? 1 : 0);
    expect(line).toBeGreaterThan(0);

    const reported = checkContent(dir, c.against ? [c.against] : []).problems.map(formatProblem);
    const lines = Array.from({ length: (c.slack ?? 0) + 1 }, (_, k) => `${path}:${line + k}  ${c.field || '(item)'}  `);
    expect(
      reported.some((l) => lines.some((start) => l.startsWith(start)) && l.includes(c.reason)),
      `expected a line starting "${lines[0]}" with "${c.reason}" in:\n${reported.join('\n')}`,
    ).toBe(true);
    if (c.notReason) expect(reported.filter((l) => l.includes(c.notReason ?? ''))).toEqual([]);
  });

  it('reads a passage heading\'s date and bounds for read-along', () => {
    const dir = copyOfContent();
    const path = join(dir, ANALYSIS);
    writeFileSync(path, readFileSync(path, 'utf8').replace('## Outlook {#outlook}', '## Outlook {#outlook date=2025-10 bounds=35.4,34.6,36.4,35.6}'));
    const r = checkContent(dir);
    expect(r.problems.map(formatProblem)).toEqual([]);
    const outlook = r.content.analyses[0]?.passages.find((p) => p.anchor === 'outlook');
    expect([outlook?.date, outlook?.view?.bounds, outlook?.title]).toEqual(['2025-10', [35.4, 34.6, 36.4, 35.6], 'Outlook']);
  });

  it('warns, without failing, about a source dated less precisely than a day, unless it says why', () => {
    const dir = copyOfContent();
    const path = join(dir, SOURCES);
    const original = readFileSync(path, 'utf8');
    const find = '  date: 2017-12\n  dateNote: The page shows no day; it reports the State Duma\'s vote of 21 December 2017.\n';
    expect(original.split(find).length).toBe(2);
    writeFileSync(path, original.replace(find, '  date: 2017-12\n'));
    const r = checkContent(dir);
    expect(r.problems).toEqual([]);
    const line = original.slice(0, original.indexOf(find)).split('\n').length;
    expect(r.warnings.map(formatProblem)).toEqual([`${path}:${line}  date  is dated only to the month (2017-12): give the day if the outlet gives one, or say why not in dateNote`]);
  });

  it('needs the atlas file, the atlas\'s title and home view', () => {
    const dir = copyOfContent();
    rmSync(join(dir, 'atlas.yaml'));
    expect(checkContent(dir).problems.map(formatProblem).join('\n')).toContain(`${join(dir, 'atlas.yaml')}  (item)  is missing`);
  });
});
