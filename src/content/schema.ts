import * as z from 'zod/mini';
import { parsePartialDate } from './dates';
import { ACTOR_KINDS, EVENT_KINDS, LOCATION_PRECISIONS, RELIABILITY_FLAGS, SITE_KINDS, SITE_STATUSES } from './vocabulary';

export { ACTOR_KINDS, EVENT_KINDS, LOCATION_PRECISIONS, RELIABILITY_FLAGS, SITE_KINDS, SITE_STATUSES };

/**
 * The content schema: what an analyst writes in content/ (see docs/content.md). The same schema checks the
 * files at build time (scripts/content-build.ts) and the compiled bundle when the app loads it.
 */

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const slug = z.string().check(z.regex(SLUG, 'must be a slug: lower-case letters, digits and single hyphens'));

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; YAML reads a bare year as a number, which is accepted too. */
export const partialDate = z.pipe(
  z.union([z.string(), z.int()]),
  z.pipe(
    z.transform((v: string | number) => String(v)),
    z.string().check(z.refine((s) => parsePartialDate(s) !== null, 'must be a real calendar date: YYYY, YYYY-MM or YYYY-MM-DD')),
  ),
);

export const dateOrRange = z.union([partialDate, z.strictObject({ from: partialDate, to: partialDate })]);

const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));
const httpUrl = z.string().check(z.regex(/^https?:\/\/[^\s]+$/, 'must be an http(s) URL'));

/** `analysis-id#passage-anchor` */
export const passageRef = z.string().check(z.regex(/^[a-z0-9-]+#[a-z0-9-]+$/, 'must be "analysis-id#passage-anchor"'));

export const names = z.strictObject({
  en: text,
  ar: z.optional(text),
  ru: z.optional(text),
  aliases: z.optional(z.array(text)),
});

const coordinates = z.tuple([
  z.number().check(z.gte(-180, 'longitude must be between -180 and 180'), z.lte(180, 'longitude must be between -180 and 180')),
  z.number().check(z.gte(-90, 'latitude must be between -90 and 90'), z.lte(90, 'latitude must be between -90 and 90')),
]);

const sourceIds = z.array(slug).check(z.minLength(1, 'needs at least one source'));
const passageRefs = z.array(passageRef).check(z.minLength(1, 'must link to at least one analysis passage'));
const countryCode = z.string().check(z.regex(/^[A-Z]{2}$/, 'must be an ISO 3166 alpha-2 code such as SY'));

/**
 * How a place's coordinates are known: `exact` or `approximate` with the sources that give them, or an `estimate`
 * with a note saying how it was made (the checker enforces one or the other).
 */
export const location = z.strictObject({ precision: z.enum(LOCATION_PRECISIONS), note: z.optional(text), sources: z.optional(z.array(slug)) });

export const statusPeriod = z.strictObject({
  from: partialDate,
  to: z.optional(partialDate),
  /** When the change was first reported, where that differs from when it happened (`from`). */
  reported: z.optional(partialDate),
  status: z.enum(SITE_STATUSES),
  actors: z.array(slug),
  note: text,
  sources: sourceIds,
  disagreement: z.optional(text),
});

export const site = z.strictObject({
  id: slug,
  kind: z.enum(SITE_KINDS),
  names,
  country: countryCode,
  coordinates,
  location,
  status: z.array(statusPeriod),
  passages: passageRefs,
});

export const eventPlace = z.union([
  z.strictObject({ site: slug }),
  z.strictObject({ area: slug }),
  z.strictObject({ coordinates, name: text, country: countryCode, location }),
]);

export const disagreement = z.strictObject({ about: text, note: text, sources: sourceIds });

export const articleEvent = z.strictObject({
  id: slug,
  title: text,
  /** When it happened, with its precision. */
  date: dateOrRange,
  /** When it was first reported, where that differs from when it happened. */
  reported: z.optional(partialDate),
  kind: z.enum(EVENT_KINDS),
  place: eventPlace,
  actors: z.array(slug),
  summary: text,
  sources: sourceIds,
  passages: passageRefs,
  disagreements: z.optional(z.array(disagreement)),
});

export const area = z.strictObject({
  id: slug,
  names,
  description: text,
  /** The days the area applies to: from `from` (inclusive) to `to` (open-ended when absent). */
  period: z.strictObject({ from: partialDate, to: z.optional(partialDate) }),
  precision: z.enum(['schematic', 'surveyed']),
  polygon: z.array(z.array(coordinates).check(z.minLength(4, 'a ring needs at least 4 positions'))).check(z.minLength(1, 'needs an outer ring')),
  sources: sourceIds,
  passages: passageRefs,
});

export const source = z.strictObject({
  id: slug,
  title: text,
  publisher: text,
  url: z.optional(httpUrl),
  /** The source's own publication date, to the day where the outlet gives one. */
  date: z.optional(partialDate),
  /** Why the date is less precise than a day (silences the checker's warning). */
  dateNote: z.optional(text),
  note: z.optional(text),
  /** A caution the reader should see beside the source: state media, a partisan outlet, a flagged network… */
  reliability: z.optional(z.strictObject({ flag: z.enum(RELIABILITY_FLAGS), note: text })),
});

export const actor = z.strictObject({ id: slug, kind: z.enum(ACTOR_KINDS), names });

/** [west, south, east, north] in degrees. */
export const bounds = z.tuple([z.number(), z.number(), z.number(), z.number()]);

/**
 * A passage of an analysis. While it is read, the map shows its moment and frames its places: `date` and `view`
 * where the analyst gives them (in its heading: `{#anchor date=2025-01 bounds=W,S,E,N}`), else what it links.
 */
export const passage = z.strictObject({ anchor: slug, title: text, date: z.optional(partialDate), view: z.optional(z.strictObject({ bounds })), text });

export const analysisFrontMatter = z.strictObject({
  id: slug,
  title: text,
  publisher: text,
  author: z.optional(z.nullable(text)),
  /** The analysis's own date (or the window it is known to lie in): sources and events after it are marked "later". */
  published: dateOrRange,
  publishedNote: z.optional(text),
  url: z.optional(z.nullable(httpUrl)),
  language: z.enum(['en', 'ar', 'ru']),
  /** The region it is about, in a few words ("Syria and the Eastern Mediterranean"). */
  region: text,
  /** How the map frames it when it is opened; without it, the map frames the places the analysis discusses. */
  view: z.optional(z.strictObject({ bounds })),
  summary: text,
});

export const analysis = z.extend(analysisFrontMatter, {
  passages: z.array(passage).check(z.minLength(1, 'needs at least one passage (a "## Title {#anchor}" heading)')),
});

/** The atlas itself (content/atlas.yaml): its name, introduction and home view, in the interface languages. */
const localText = z.strictObject({ en: text, ar: z.optional(text), ru: z.optional(text) });
export const atlas = z.strictObject({
  title: localText,
  introduction: localText,
  home: z.strictObject({ bounds }),
});

export const contentBundle = z.strictObject({
  atlas,
  analyses: z.array(analysis),
  sites: z.array(site),
  events: z.array(articleEvent),
  areas: z.array(area),
  sources: z.array(source),
  actors: z.array(actor),
});

export type Names = z.output<typeof names>;
export type SiteKind = (typeof SITE_KINDS)[number];
export type SiteStatus = (typeof SITE_STATUSES)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type StatusPeriod = z.output<typeof statusPeriod>;
export type Site = z.output<typeof site>;
export type EventPlace = z.output<typeof eventPlace>;
export type ArticleEvent = z.output<typeof articleEvent>;
export type Area = z.output<typeof area>;
export type Source = z.output<typeof source>;
export type Actor = z.output<typeof actor>;
export type Passage = z.output<typeof passage>;
export type Analysis = z.output<typeof analysis>;
export type Atlas = z.output<typeof atlas>;
export type LocalText = z.output<typeof localText>;
export type Location = z.output<typeof location>;
export type ContentBundle = z.output<typeof contentBundle>;
