import type * as z from 'zod/mini';
import { citedIds } from './citations';
import { COUNTRY_EXTENTS } from './country-extents';
import { parseDateOrRange, parsePartialDate, type DateOrRange } from './dates';
import { issueReason, valueAt, type ContentProblem } from './problems';
import * as schema from './schema';
import type { ContentBundle, Location, Site } from './schema';
import { suggest } from './suggest';

// The validator's chunk also carries the split and join of the two content files (load.ts uses them with it).
export { joinBundle, splitBundle } from './bundle-split';

export type Collection = Exclude<keyof ContentBundle, 'atlas'>;

const ITEM_SCHEMAS = {
  analyses: schema.analysis,
  sites: schema.site,
  events: schema.articleEvent,
  areas: schema.area,
  sources: schema.source,
  actors: schema.actor,
} as const satisfies Record<Collection, z.ZodMiniType>;

export const COLLECTIONS = Object.keys(ITEM_SCHEMAS) as Collection[];

/** Kinds of site that must carry a status history (a city or a seat of government need not). */
const SITES_WITH_STATUS: ReadonlySet<Site['kind']> = new Set(['airbase', 'naval-base', 'port', 'airport']);

export interface ValidationResult {
  /** Every item that passed its schema; cross-check problems do not remove items. */
  content: ContentBundle;
  /** Problems that make an item wrong: the build stops on them. */
  problems: ContentProblem[];
  /** Things worth fixing that do not make the content wrong (a source dated only to the month…). */
  warnings: ContentProblem[];
}

/** Checks one item against its collection's schema. */
export function checkItem<C extends Collection>(collection: C, item: unknown, where: string): { value?: ContentBundle[C][number]; problems: ContentProblem[] } {
  return checkWith(ITEM_SCHEMAS[collection], item, where) as { value?: ContentBundle[C][number]; problems: ContentProblem[] };
}

function checkWith(s: z.ZodMiniType, item: unknown, where: string): { value?: unknown; problems: ContentProblem[] } {
  const result = s.safeParse(item);
  if (result.success) return { value: result.data, problems: [] };
  return {
    problems: result.error.issues.map((issue) => ({
      where,
      field: issue.path.map(String).join('.'),
      reason: issueReason(issue, valueAt(item, issue.path)),
    })),
  };
}

/** The id an item claims, even when the item fails its schema: references to it are then not reported again. */
function claimedId(item: unknown): string | null {
  const id = item !== null && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : null;
}

/**
 * Validates a whole content bundle (the compiled files joined, or what the build script assembled): the atlas and
 * each item against its schema, then every cross-reference. Items that fail their schema are left out and reported;
 * the rest are returned, so the app can show what is sound. An item that fails still counts as existing for the
 * references to it, so one typo is reported once, not again at every item that points to it.
 */
export function validateBundle(raw: unknown, whereOf: (c: Collection | 'atlas', i: number) => string = (c, i) => (c === 'atlas' ? 'atlas' : `${c}[${i}]`)): ValidationResult {
  const problems: ContentProblem[] = [];
  const content = { atlas: null, analyses: [], sites: [], events: [], areas: [], sources: [], actors: [] } as unknown as ContentBundle;
  const origin = new Map<object, string>();
  if (raw === null || typeof raw !== 'object') {
    return { content, problems: [{ where: 'content', field: '', reason: 'is not a JSON object' }], warnings: [] };
  }
  const bundle = raw as Record<string, unknown>;
  const atlas = checkWith(schema.atlas, bundle.atlas, whereOf('atlas', 0));
  if (bundle.atlas === undefined) problems.push({ where: 'content', field: 'atlas', reason: 'is missing (content/atlas.yaml: the atlas\'s title, introduction and home view)' });
  else problems.push(...atlas.problems);
  if (atlas.value) content.atlas = atlas.value as ContentBundle['atlas'];
  const known = {} as Record<Collection, Set<string>>;
  for (const c of COLLECTIONS) {
    known[c] = new Set();
    const items = bundle[c];
    if (!Array.isArray(items)) {
      problems.push({ where: 'content', field: c, reason: 'must be a list' });
      continue;
    }
    items.forEach((item, i) => {
      const where = whereOf(c, i);
      const id = claimedId(item);
      if (id !== null) known[c].add(id);
      const checked = checkItem(c, item, where);
      problems.push(...checked.problems);
      if (checked.value) {
        (content[c] as unknown[]).push(checked.value);
        origin.set(checked.value, where);
      }
    });
  }
  const cross = crossCheck(content, (item) => origin.get(item) ?? 'content', known);
  return { content, problems: [...problems, ...cross.problems], warnings: cross.warnings };
}

/** "did you mean …", and the valid choices (a dozen at most), for a reference that does not resolve. */
function didYouMean(asked: string, valid: readonly string[]): string {
  const close = suggest(asked, valid, (v) => [v]);
  const list = valid.length <= 12 ? valid.join(', ') : `${valid.slice(0, 12).join(', ')} … and ${valid.length - 12} more`;
  return `${close.length > 0 ? `; did you mean ${close.map((c) => `"${c}"`).join(' or ')}?` : ''} Valid: ${list || '(none)'}`;
}

/** Every check that needs more than one item: ids, references, date order, places, links to passages, prose. */
export function crossCheck(content: ContentBundle, where: (item: object) => string, known?: Record<Collection, Set<string>>): { problems: ContentProblem[]; warnings: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const report = (item: object, field: string, reason: string) => problems.push({ where: where(item), field, reason });
  const warn = (item: object, field: string, reason: string) => warnings.push({ where: where(item), field, reason });

  const ids = {} as Record<Collection, Set<string>>;
  for (const c of COLLECTIONS) {
    ids[c] = new Set(known?.[c]);
    const seen = new Set<string>();
    for (const item of content[c]) {
      if (seen.has(item.id)) report(item, 'id', `duplicate id "${item.id}" in ${c}`);
      seen.add(item.id);
      ids[c].add(item.id);
    }
  }

  const anchors = new Map<string, string[]>();
  for (const a of content.analyses) {
    const seen: string[] = [];
    a.passages.forEach((p, i) => {
      if (seen.includes(p.anchor)) report(a, `passages.${i}.anchor`, `duplicate passage anchor "${p.anchor}"`);
      seen.push(p.anchor);
    });
    anchors.set(a.id, seen);
    checkRange(a, 'published', a.published, report);
  }
  // References to an analysis that failed its schema are not reported again (its anchors are unknown).
  for (const id of known?.analyses ?? []) if (!anchors.has(id)) anchors.set(id, []);

  const checkPassages = (item: object, refs: readonly string[]) =>
    refs.forEach((ref, i) => {
      const [analysisId = '', anchor = ''] = ref.split('#');
      const known = anchors.get(analysisId);
      if (!known) report(item, `passages.${i}`, `unknown analysis "${analysisId}"${didYouMean(analysisId, [...anchors.keys()])}`);
      else if (known.length > 0 && !known.includes(anchor)) report(item, `passages.${i}`, `analysis "${analysisId}" has no passage "${anchor}"${didYouMean(anchor, known)}`);
    });
  const checkRefs = (item: object, field: string, refs: readonly string[], c: Collection) =>
    refs.forEach((ref, i) => {
      if (!ids[c].has(ref)) report(item, `${field}.${i}`, `unknown ${c.replace(/s$/, '')} "${ref}"${didYouMean(ref, [...ids[c]])}`);
    });
  const checkPlace = (item: object, field: string, country: string, [lon, lat]: readonly [number, number]) => {
    const box = COUNTRY_EXTENTS[country];
    const [w = NaN, s = NaN, e = NaN, n = NaN] = box ?? [];
    if (!box) report(item, field, `no known extent for country "${country}" (is it an ISO 3166 alpha-2 code? The extents come from Natural Earth: src/content/country-extents.json, made by npm run geo)`);
    else if (lon < w || lon > e || lat < s || lat > n) {
      report(item, field, `[${lon}, ${lat}] is outside ${country} (are longitude and latitude swapped?)`);
    }
  };
  const checkLocation = (item: object, field: string, location: Location) => {
    if (location.precision === 'estimate') {
      if (!location.note) report(item, `${field}.note`, 'an estimated location needs a note saying how it was estimated');
    } else if (!location.sources || location.sources.length === 0) {
      report(item, `${field}.sources`, `a location given as ${location.precision} needs the sources that give it (or precision: estimate, with a note)`);
    }
    checkRefs(item, `${field}.sources`, location.sources ?? [], 'sources');
  };
  const checkReported = (item: object, field: string, happened: DateOrRange, reported: string | undefined) => {
    if (reported === undefined) return;
    const a = parseDateOrRange(happened);
    const r = parsePartialDate(reported);
    if (a && r && r.end < a.start) report(item, field, `first reported (${reported}) before it happened (${typeof happened === 'string' ? happened : happened.from})`);
  };
  // Prose: plain text (no HTML, no script links), balanced quotation marks, and citations that resolve.
  const checkProse = (item: object, field: string, text: string | undefined) => {
    if (!text) return;
    if (/<\s*[a-z!/?]/i.test(text) || /javascript\s*:/i.test(text)) report(item, field, 'must be plain text: no HTML tags or javascript: links');
    const straight = (text.match(/"/g) ?? []).length;
    const open = (text.match(/“/g) ?? []).length;
    const close = (text.match(/”/g) ?? []).length;
    if (straight % 2 !== 0 || open !== close) report(item, field, 'has an unclosed quotation: every quotation must open and close its marks');
    citedIds(text).forEach((id) => {
      if (!ids.sources.has(id)) report(item, field, `cites unknown source "${id}"${didYouMean(id, [...ids.sources])}`);
    });
  };

  for (const s of content.sites) {
    checkPlace(s, 'coordinates', s.country, s.coordinates);
    checkLocation(s, 'location', s.location);
    checkProse(s, 'location.note', s.location.note);
    checkPassages(s, s.passages);
    if (SITES_WITH_STATUS.has(s.kind) && s.status.length === 0) report(s, 'status', `a site of kind "${s.kind}" needs a status history`);
    s.status.forEach((p, i) => {
      checkRefs(s, `status.${i}.sources`, p.sources, 'sources');
      checkRefs(s, `status.${i}.actors`, p.actors, 'actors');
      checkProse(s, `status.${i}.note`, p.note);
      checkProse(s, `status.${i}.disagreement`, p.disagreement);
      checkReported(s, `status.${i}.reported`, p.from, p.reported);
      const from = parsePartialDate(p.from);
      const to = p.to === undefined ? null : parsePartialDate(p.to);
      if (from && to && to.end < from.start) report(s, `status.${i}.to`, `ends (${p.to}) before it starts (${p.from})`);
      const prev = s.status[i - 1];
      const prevFrom = prev ? parsePartialDate(prev.from) : null;
      if (prevFrom && from && from.start < prevFrom.start) report(s, `status.${i}.from`, 'periods must be listed in date order');
    });
  }

  for (const e of content.events) {
    checkRange(e, 'date', e.date, report);
    checkReported(e, 'reported', e.date, e.reported);
    checkPassages(e, e.passages);
    checkRefs(e, 'sources', e.sources, 'sources');
    checkRefs(e, 'actors', e.actors, 'actors');
    checkProse(e, 'title', e.title);
    checkProse(e, 'summary', e.summary);
    (e.disagreements ?? []).forEach((d, i) => {
      checkRefs(e, `disagreements.${i}.sources`, d.sources, 'sources');
      checkProse(e, `disagreements.${i}.note`, d.note);
    });
    const place = e.place;
    if ('site' in place && !ids.sites.has(place.site)) report(e, 'place.site', `unknown site "${place.site}"${didYouMean(place.site, [...ids.sites])}`);
    if ('area' in place && !ids.areas.has(place.area)) report(e, 'place.area', `unknown area "${place.area}"${didYouMean(place.area, [...ids.areas])}`);
    if ('coordinates' in place) {
      checkPlace(e, 'place.coordinates', place.country, place.coordinates);
      checkLocation(e, 'place.location', place.location);
    }
  }

  for (const a of content.analyses) {
    checkProse(a, 'summary', a.summary);
    checkProse(a, 'title', a.title);
    checkProse(a, 'publishedNote', a.publishedNote);
    a.passages.forEach((p, i) => {
      checkProse(a, `passages.${i}.text`, p.text);
      checkProse(a, `passages.${i}.title`, p.title);
    });
  }

  for (const a of content.areas) {
    checkPassages(a, a.passages);
    checkRefs(a, 'sources', a.sources, 'sources');
    checkProse(a, 'description', a.description);
    const from = parsePartialDate(a.period.from);
    const to = a.period.to === undefined ? null : parsePartialDate(a.period.to);
    if (from && to && to.end < from.start) report(a, 'period.to', `ends (${a.period.to}) before it starts (${a.period.from})`);
    a.polygon.forEach((ring, i) => {
      const first = ring[0];
      const last = ring[ring.length - 1];
      if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) report(a, `polygon.${i}`, 'ring must end where it starts');
    });
  }

  for (const s of content.sources) {
    checkProse(s, 'note', s.note);
    const dated = s.date === undefined ? null : parsePartialDate(s.date);
    if (!s.dateNote && (!dated || dated.precision !== 'day')) {
      warn(s, 'date', s.date === undefined ? 'has no date: give the day the outlet published it, or say why not in dateNote' : `is dated only to the ${dated?.precision ?? 'year'} (${s.date}): give the day if the outlet gives one, or say why not in dateNote`);
    }
  }
  return { problems, warnings };
}

function checkRange(item: object, field: string, value: string | { from: string; to: string }, report: (item: object, field: string, reason: string) => void) {
  if (typeof value !== 'string' && parseDateOrRange(value) === null) {
    report(item, `${field}.to`, `ends (${value.to}) before it starts (${value.from})`);
  }
}
