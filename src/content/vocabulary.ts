/**
 * The closed lists of values content may use (kinds of site, event and actor; a site's statuses; how precisely a
 * place is known). The schema (schema.ts) checks content against them; the map, legend and filters show them.
 * Kept apart from the schema so that code which only needs the lists does not load the validator.
 */
export const SITE_KINDS = ['airbase', 'naval-base', 'port', 'airport', 'seat-of-government', 'city'] as const;
export const SITE_STATUSES = [
  'russian-operated',
  'russian-presence',
  'russian-contract',
  'disputed',
  'withdrawn',
  'annulled',
  'proposed',
] as const;
export const LOCATION_PRECISIONS = ['exact', 'approximate', 'estimate'] as const;
/** Cautions about a source a reader should see beside it. */
export const RELIABILITY_FLAGS = ['state-media', 'partisan', 'flagged-disinformation', 'aggregator', 'unverified'] as const;
export const EVENT_KINDS = [
  'diplomacy',
  'agreement',
  'attack',
  'military',
  'election',
  'withdrawal',
  'change-of-power',
  'legal',
  'economy',
] as const;
export const ACTOR_KINDS = ['state', 'government', 'armed-group', 'company', 'person', 'organisation'] as const;
