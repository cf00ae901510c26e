/** Every path the app links to, spelled in one place. Ids are encoded, so any text is safe in a link. */
export type Selection =
  | { kind: 'site'; id: string }
  | { kind: 'event'; id: string }
  | { kind: 'analysis'; id: string; passage?: string };

export const paths = {
  home: () => '/',
  site: (id: string) => `/sites/${encodeURIComponent(id)}`,
  event: (id: string) => `/events/${encodeURIComponent(id)}`,
  analysis: (id: string, passage?: string) =>
    `/analyses/${encodeURIComponent(id)}${passage ? `/${encodeURIComponent(passage)}` : ''}`,
};

export function selectionPath(selection: Selection | null): string {
  if (!selection) return paths.home();
  if (selection.kind === 'site') return paths.site(selection.id);
  if (selection.kind === 'event') return paths.event(selection.id);
  return paths.analysis(selection.id, selection.passage);
}

/** Reads the selection from a path; null for the home page. Unknown shapes are `{ kind: 'unknown' }`. */
export function parseSelectionPath(pathname: string): Selection | { kind: 'unknown'; path: string } | null {
  const parts = pathname.split('/').filter(Boolean).map(safeDecode);
  if (parts.length === 0) return null;
  const [section, id, passage, ...rest] = parts;
  if (id && rest.length === 0) {
    if (section === 'sites' && passage === undefined) return { kind: 'site', id };
    if (section === 'events' && passage === undefined) return { kind: 'event', id };
    if (section === 'analyses') return passage === undefined ? { kind: 'analysis', id } : { kind: 'analysis', id, passage };
  }
  return { kind: 'unknown', path: pathname };
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
