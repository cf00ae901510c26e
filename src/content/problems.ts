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

/** Plain-English reasons for schema issues (zod/mini ships no messages of its own). */
export function issueReason(issue: Issue, input?: unknown): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined ? 'is missing' : `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`;
    case 'invalid_value':
      return `must be one of: ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'does not match any allowed form';
    case 'too_small':
      return `is too short (at least ${String(issue.minimum)})`;
    case 'too_big':
      return `is too long (at most ${String(issue.maximum)})`;
    default:
      return issue.message || 'is invalid';
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
