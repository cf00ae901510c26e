import type * as z from 'zod/mini';

/** One thing wrong with the content, located as precisely as we can. */
export interface ContentProblem {
  /** Which collection and item: e.g. `sites[3]`, or a file when the build script knows it. */
  where: string;
  /** Dotted path to the field inside the item, e.g. `status.1.sources`. */
  field: string;
  reason: string;
}

type Issue = z.core.$ZodIssue;

/** A value as the reason quotes it back: short, and always visible (strings in quotation marks). */
function shown(input: unknown): string {
  if (typeof input === 'string') return `"${input.length > 60 ? `${input.slice(0, 60)}…` : input}"`;
  if (typeof input === 'number' || typeof input === 'boolean' || input === null) return String(input);
  if (Array.isArray(input)) return 'a list';
  return typeof input === 'object' ? 'an object' : String(input);
}

/** Plain-English reasons for schema issues (zod/mini ships no messages of its own), quoting the bad value back. */
export function issueReason(issue: Issue, input?: unknown): string {
  const got = input === undefined ? '' : ` (got ${shown(input)})`;
  if (issue.message && issue.message !== 'Invalid input') return `${issue.message}${got}`;
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined ? 'is missing' : `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}${got}`;
    case 'invalid_value':
      return `${shown(input)} is not one of: ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return `does not match any allowed form${got}`;
    case 'too_small':
      return `is too short (at least ${String(issue.minimum)})`;
    case 'too_big':
      return `is too long (at most ${String(issue.maximum)})`;
    default:
      return `${issue.message || 'is invalid'}${got}`;
  }
}

/** Reads the value at a path, to tell "missing" from "wrong type". */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

export function formatProblem(p: ContentProblem): string {
  return `${p.where}  ${p.field || '(item)'}  ${p.reason}`;
}
