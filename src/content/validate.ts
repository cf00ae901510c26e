import type * as z from 'zod/mini';
import { COUNTRY_EXTENTS } from './country-extents';
import { parseDateOrRange, parsePartialDate } from './dates';
import { issueReason, valueAt, type ContentProblem } from './problems';
import * as schema from './schema';
import type { ContentBundle, Site } from './schema';

type Collection = keyof ContentBundle;

const ITEM_SCHEMAS = {
  analyses: schema.analysis,
  sites: schema.site,
  events: schema.articleEvent,
  areas: schema.area,
  sources: schema.source,
  actors: schema.actor,
} as const satisfies Record<Collection, z.ZodMiniType>;

const COLLECTIONS = Object.keys(ITEM_SCHEMAS) as Collection[];

/** Kinds of site that must carry a status history (a city or a seat of government need not). */
const SITES_WITH_STATUS: ReadonlySet<Site['kind']> = new Set(['airbase', 'naval-base', 'port', 'airport']);

export interface ValidationResult {
  /** Every item that passed its schema; cross-check problems do not remove items. */
  content: ContentBundle;
  problems: ContentProblem[];
}

/** Checks one item against its collection's schema. */
export function checkItem<C extends Collection>(collection: C, item: unknown, where: string): { value?: ContentBundle[C][number]; problems: ContentProblem[] } {
  const result = ITEM_SCHEMAS[collection].safeParse(item);
  if (result.success) return { value: result.data as ContentBundle[C][number], problems: [] };
  return {
    problems: result.error.issues.map((issue) => ({
      where,
      field: issue.path.map(String).join('.'),
      reason: issueReason(issue, valueAt(item, issue.path)),
    })),
  };
}

/**
 * Validates a whole content bundle (the compiled `content.json`, or what the build script assembled): each item
 * against its schema, then every cross-reference. Items that fail their schema are left out and reported;
 * the rest are returned, so the app can show what is sound.
 */
export function validateBundle(raw: unknown, whereOf: (c: Collection, i: number) => string = (c, i) => `${c}[${i}]`): ValidationResult {
  const problems: ContentProblem[] = [];
  const content: ContentBundle = { analyses: [], sites: [], events: [], areas: [], sources: [], actors: [] };
  const origin = new Map<object, string>();
  if (raw === null || typeof raw !== 'object') {
    return { content, problems: [{ where: 'content', field: '', reason: 'is not a JSON object' }] };
  }
  for (const c of COLLECTIONS) {
    const items = (raw as Record<string, unknown>)[c];
    if (!Array.isArray(items)) {
      problems.push({ where: 'content', field: c, reason: 'must be a list' });
      continue;
    }
    items.forEach((item, i) => {
      const where = whereOf(c, i);
      const checked = checkItem(c, item, where);
      problems.push(...checked.problems);
      if (checked.value) {
        (content[c] as unknown[]).push(checked.value);
        origin.set(checked.value, where);
      }
    });
  }
  problems.push(...crossCheck(content, (item) => origin.get(item) ?? 'content'));
  return { content, problems };
}

/** Every check that needs more than one item: ids, references, date order, places, links to passages. */
export function crossCheck(content: ContentBundle, where: (item: object) => string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (item: object, field: string, reason: string) => problems.push({ where: where(item), field, reason });

  const ids = {} as Record<Collection, Set<string>>;
  for (const c of COLLECTIONS) {
    ids[c] = new Set();
    for (const item of content[c]) {
      if (ids[c].has(item.id)) report(item, 'id', `duplicate id "${item.id}" in ${c}`);
      ids[c].add(item.id);
    }
  }

  const anchors = new Map<string, Set<string>>();
  for (const a of content.analyses) {
    const seen = new Set<string>();
    a.passages.forEach((p, i) => {
      if (seen.has(p.anchor)) report(a, `passages.${i}.anchor`, `duplicate passage anchor "${p.anchor}"`);
      seen.add(p.anchor);
    });
    anchors.set(a.id, seen);
    checkRange(a, 'published', a.published, report);
  }

  const checkPassages = (item: object, refs: readonly string[]) =>
    refs.forEach((ref, i) => {
      const [analysisId = '', anchor = ''] = ref.split('#');
      const known = anchors.get(analysisId);
      if (!known) report(item, `passages.${i}`, `unknown analysis "${analysisId}"`);
      else if (!known.has(anchor)) report(item, `passages.${i}`, `analysis "${analysisId}" has no passage "${anchor}"`);
    });
  const checkRefs = (item: object, field: string, refs: readonly string[], c: Collection) =>
    refs.forEach((ref, i) => {
      if (!ids[c].has(ref)) report(item, `${field}.${i}`, `unknown ${c.replace(/s$/, '')} "${ref}"`);
    });
  const checkPlace = (item: object, field: string, country: string, [lon, lat]: readonly [number, number]) => {
    const box = COUNTRY_EXTENTS[country];
    if (!box) report(item, field, `no known extent for country "${country}" (add it to src/content/country-extents.ts)`);
    else if (lon < box[0] || lon > box[2] || lat < box[1] || lat > box[3]) {
      report(item, field, `[${lon}, ${lat}] is outside ${country} (are longitude and latitude swapped?)`);
    }
  };

  for (const s of content.sites) {
    checkPlace(s, 'coordinates', s.country, s.coordinates);
    checkPassages(s, s.passages);
    checkRefs(s, 'location.sources', s.location.sources ?? [], 'sources');
    if (SITES_WITH_STATUS.has(s.kind) && s.status.length === 0) report(s, 'status', `a site of kind "${s.kind}" needs a status history`);
    s.status.forEach((p, i) => {
      checkRefs(s, `status.${i}.sources`, p.sources, 'sources');
      checkRefs(s, `status.${i}.actors`, p.actors, 'actors');
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
    checkPassages(e, e.passages);
    checkRefs(e, 'sources', e.sources, 'sources');
    checkRefs(e, 'actors', e.actors, 'actors');
    (e.disagreements ?? []).forEach((d, i) => checkRefs(e, `disagreements.${i}.sources`, d.sources, 'sources'));
    const place = e.place;
    if ('site' in place && !ids.sites.has(place.site)) report(e, 'place.site', `unknown site "${place.site}"`);
    if ('area' in place && !ids.areas.has(place.area)) report(e, 'place.area', `unknown area "${place.area}"`);
    if ('coordinates' in place) checkPlace(e, 'place.coordinates', place.country, place.coordinates);
  }

  // Prose is plain text: no HTML, no script links, whatever renders it.
  const checkProse = (item: object, field: string, text: string | undefined) => {
    if (text && (/<\s*[a-z!/?]/i.test(text) || /javascript\s*:/i.test(text))) report(item, field, 'must be plain text: no HTML tags or javascript: links');
  };
  for (const a of content.analyses) {
    checkProse(a, 'summary', a.summary);
    checkProse(a, 'title', a.title);
    a.passages.forEach((p, i) => {
      checkProse(a, `passages.${i}.text`, p.text);
      checkProse(a, `passages.${i}.title`, p.title);
    });
  }
  for (const e of content.events) {
    checkProse(e, 'title', e.title);
    checkProse(e, 'summary', e.summary);
  }
  for (const s of content.sites) s.status.forEach((p, i) => checkProse(s, `status.${i}.note`, p.note));

  for (const a of content.areas) {
    checkPassages(a, a.passages);
    checkRefs(a, 'sources', a.sources, 'sources');
    a.polygon.forEach((ring, i) => {
      const first = ring[0];
      const last = ring[ring.length - 1];
      if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) report(a, `polygon.${i}`, 'ring must end where it starts');
    });
  }
  return problems;
}

function checkRange(item: object, field: string, value: string | { from: string; to: string }, report: (item: object, field: string, reason: string) => void) {
  if (typeof value !== 'string' && parseDateOrRange(value) === null) {
    report(item, `${field}.to`, `ends (${value.to}) before it starts (${value.from})`);
  }
}
