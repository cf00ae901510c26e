import type { SiteStatus } from '../content/schema';

/**
 * How sites and events look. Colour never carries meaning alone: a site's status is also told by its fill
 * (solid while Russia is there, hollow once it has gone or its contract is void) and by the label and panel text.
 */
export interface StatusStyle {
  colour: string;
  hollow: boolean;
}

export const STATUS_STYLE: Record<SiteStatus, StatusStyle> = {
  'russian-operated': { colour: '#b3261e', hollow: false },
  'russian-presence': { colour: '#d9662b', hollow: false },
  'russian-contract': { colour: '#a67c00', hollow: false },
  disputed: { colour: '#7a3b9a', hollow: false },
  proposed: { colour: '#2f6db5', hollow: true },
  withdrawn: { colour: '#6b6b6b', hollow: true },
  annulled: { colour: '#4f5d66', hollow: true },
};

export const NO_STATUS_STYLE: StatusStyle = { colour: '#1d3557', hollow: false };

export const EVENT_COLOUR = '#0f6b78';
export const SELECTION_COLOUR = '#111111';
export const HIGHLIGHT_COLOUR = '#f2b705';
/** The ring around a site whose status changed in a "between two dates" range. */
export const CHANGED_COLOUR = '#0b63c4';
