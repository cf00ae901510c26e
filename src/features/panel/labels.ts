import type { EventKind, SiteKind } from '../../content/schema';
import type { Precision } from '../../content/dates';

export const SITE_KIND_LABEL: Record<SiteKind, string> = {
  airbase: 'Air base',
  'naval-base': 'Naval base',
  port: 'Port',
  airport: 'Airport',
  'seat-of-government': 'Seat of government',
  city: 'City',
};

export const EVENT_KIND_LABEL: Record<EventKind, string> = {
  diplomacy: 'Diplomacy',
  agreement: 'Agreement',
  attack: 'Attack',
  military: 'Military',
  election: 'Election',
  withdrawal: 'Withdrawal',
  'change-of-power': 'Change of power',
  legal: 'Legal',
  economy: 'Economy',
};

export const PRECISION_NOTE: Record<Precision, string> = {
  day: 'known to the day',
  month: 'known to the month',
  year: 'known to the year',
};

export const LOCATION_NOTE = {
  exact: 'Location: exact (sourced coordinates)',
  approximate: 'Location: approximate',
  estimate: 'Location: our estimate, not a sourced coordinate',
} as const;
