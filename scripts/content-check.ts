// Reads a content folder (content/: Markdown analyses, YAML lists, atlas.yaml), checks it against the schema and
// every cross-reference, and locates each problem as `file:line`. Used by the content build (content-build.ts) and,
// in process, by the tests. Optionally checks our own words against source texts (own-words.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { validateBundle, type Collection } from '../src/content/validate.ts';
import type { ContentProblem } from '../src/content/problems.ts';
import type { ContentBundle } from '../src/content/schema.ts';
import { proseFields, sourceIndex } from './own-words.ts';

interface Origin {
  file: string;
  /** Line of the item itself, 1-based. */
  line: number;
  /** Finds the line of a field path inside the item. */
  lineOf: (field: string[]) => number | undefined;
}

export interface ContentCheck {
  /** Every item that passed its schema. */
  content: ContentBundle;
  /** What makes the content wrong, each located as `file:line`: the build stops on any. */
  problems: ContentProblem[];
  /** What is worth fixing but does not make the content wrong. */
  warnings: ContentProblem[];
  /** Runs shared with a source text that are marked quotations (fine, listed for the record). */
  quoted: ContentProblem[];
  /** "1 analyses, 6 sites, …" */
  counts: string;
}

/**
 * A passage heading's attributes after its anchor, `date=2025-01 bounds=35.5,34.6,36.4,35.6`: the passage's own
 * moment and view for read-along. Anything else is passed on as it is, for the schema to refuse by name.
 */
function headingAttributes(text: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [, key = '', value = ''] of text.matchAll(/([a-z]+)=([^}\s]*)/g)) {
    if (key === 'bounds') out.view = { bounds: value.split(',').map((n) => (n.trim() === '' ? NaN : Number(n))) };
    else out[key] = value;
  }
  return out;
}

/** Checks a content folder; `against` are source texts our words must not copy unquoted (8 words or more). */
export function checkContent(dir: string, against: readonly string[] = []): ContentCheck {
  const raw: Record<Collection, unknown[]> = { analyses: [], sites: [], events: [], areas: [], sources: [], actors: [] };
  const origins: Record<Collection, Origin[]> = { analyses: [], sites: [], events: [], areas: [], sources: [], actors: [] };
  const fileProblems: ContentProblem[] = [];

  function files(sub: string, ext: string): string[] {
    const d = join(dir, sub);
    if (!existsSync(d)) return [];
    return readdirSync(d).filter((f) => f.endsWith(ext)).sort().map((f) => join(d, f));
  }

  // The atlas itself: one YAML object (title, introduction, home view).
  let atlas: unknown;
  let atlasOrigin: Origin | null = null;
  const ATLAS_FILE = join(dir, 'atlas.yaml');

  function yamlDoc(text: string, file: string, lineOffset: number): { doc: Document; counter: LineCounter } | null {
    const counter = new LineCounter();
    const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
    const first = doc.errors[0];
    if (first) {
      // Later errors are usually echoes of the first one; fixing it and re-running shows any that remain.
      const line = counter.linePos(first.pos[0]).line + lineOffset;
      fileProblems.push({ where: `${file}:${line}`, field: '', reason: `YAML syntax: ${first.message.split('\n')[0]}` });
      return null;
    }
    return { doc, counter };
  }

  function lineFinder(doc: Document, counter: LineCounter, prefix: (string | number)[], lineOffset: number) {
    return (field: string[]): number | undefined => {
      for (let n = field.length; n >= 0; n--) {
        const path = [...prefix, ...field.slice(0, n).map((k) => (/^\d+$/.test(k) ? Number(k) : k))];
        const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
        if (node?.range) return counter.linePos(node.range[0]).line + lineOffset;
      }
      return undefined;
    };
  }

  if (existsSync(ATLAS_FILE)) {
    const parsed = yamlDoc(readFileSync(ATLAS_FILE, 'utf8'), ATLAS_FILE, 0);
    if (parsed) {
      atlas = parsed.doc.toJS();
      const lineOf = lineFinder(parsed.doc, parsed.counter, [], 0);
      atlasOrigin = { file: ATLAS_FILE, line: 1, lineOf };
    }
  } else fileProblems.push({ where: ATLAS_FILE, field: '', reason: 'is missing: the atlas needs its title, introduction and home view' });

  // Sites, events, areas, sources and actors: YAML files holding a list of items.
  for (const c of ['sites', 'events', 'areas', 'sources', 'actors'] as const) {
    for (const file of files(c, '.yaml')) {
      const parsed = yamlDoc(readFileSync(file, 'utf8'), file, 0);
      if (!parsed) continue;
      const data: unknown = parsed.doc.toJS();
      if (!Array.isArray(data)) {
        fileProblems.push({ where: `${file}:1`, field: '', reason: 'must be a YAML list of items (each starting with "- id: …")' });
        continue;
      }
      data.forEach((item, i) => {
        const lineOf = lineFinder(parsed.doc, parsed.counter, [i], 0);
        raw[c].push(item);
        origins[c].push({ file, line: lineOf([]) ?? 1, lineOf });
      });
    }
  }

  // Analyses: Markdown with YAML front matter; each "## Title {#anchor}" heading starts a passage.
  // A heading may also give the passage's own moment and view for read-along: {#anchor date=2025-01 bounds=W,S,E,N}.
  const HEADING = /^## (.+?)\s*\{#([^}\s]*)((?:\s+[a-z]+=[^}\s]*)*)\s*\}\s*$/;
  for (const file of files('analyses', '.md')) {
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n');
    if (lines[0] !== '---' || lines.indexOf('---', 1) < 0) {
      fileProblems.push({ where: `${file}:1`, field: '', reason: 'must start with YAML front matter between two "---" lines' });
      continue;
    }
    const end = lines.indexOf('---', 1);
    const parsed = yamlDoc(lines.slice(1, end).join('\n'), file, 1);
    if (!parsed) continue;
    const front: unknown = parsed.doc.toJS();
    const passages: { anchor: string; title: string; text: string; line: number; attributes: Record<string, unknown> }[] = [];
    for (let i = end + 1; i < lines.length; i++) {
      const line = lines[i] ?? '';
      const m = HEADING.exec(line);
      if (m) passages.push({ title: m[1] ?? '', anchor: m[2] ?? '', text: '', line: i + 1, attributes: headingAttributes(m[3] ?? '') });
      else if (line.startsWith('## ')) fileProblems.push({ where: `${file}:${i + 1}`, field: 'passages', reason: 'a passage heading needs an anchor: "## Title {#anchor}"' });
      else if (passages.length > 0) {
        const p = passages[passages.length - 1];
        if (p) p.text += `${line}\n`;
      } else if (line.trim() !== '') {
        fileProblems.push({ where: `${file}:${i + 1}`, field: 'passages', reason: 'text before the first "## Title {#anchor}" heading belongs in the front matter summary' });
      }
    }
    for (const p of passages) p.text = p.text.trim();
    raw.analyses.push({ ...(front as object), passages: passages.map(({ anchor, title, text, attributes }) => ({ anchor, title, ...attributes, text })) });
    const frontLines = lineFinder(parsed.doc, parsed.counter, [], 1);
    origins.analyses.push({
      file,
      line: 1,
      lineOf: (field) => (field[0] === 'passages' && field[1] !== undefined ? passages[Number(field[1])]?.line : frontLines(field)),
    });
  }

  const keyed = new Map<string, Origin>();
  for (const c of Object.keys(origins) as Collection[]) origins[c].forEach((o, i) => keyed.set(`${c}[${i}]`, o));
  if (atlasOrigin) keyed.set('atlas', atlasOrigin);

  const bundle = { atlas, ...raw };
  const { content, problems, warnings } = validateBundle(bundle);
  const locate = (p: ContentProblem): ContentProblem => {
    const o = keyed.get(p.where);
    if (!o) return p;
    const line = (p.field ? o.lineOf(p.field.split('.')) : undefined) ?? o.line;
    return { ...p, where: `${o.file}:${line}` };
  };

  const quoted: ContentProblem[] = [];
  const copies: ContentProblem[] = [];
  for (const file of against) {
    if (!existsSync(file)) {
      fileProblems.push({ where: file, field: '', reason: 'no such file to check our words against' });
      continue;
    }
    const shared = sourceIndex(readFileSync(file, 'utf8'));
    for (const f of proseFields(bundle)) {
      for (const run of shared(f.text)) {
        const where = f.collection === 'atlas' ? 'atlas' : `${f.collection}[${f.index}]`;
        const problem = locate({ where, field: f.field, reason: `shares ${run.words} words with ${file}${run.quoted ? ' (quoted: fine)' : ', unquoted'}: "${run.text}"` });
        (run.quoted ? quoted : copies).push(problem);
      }
    }
  }
  return {
    content,
    problems: [...fileProblems, ...problems.map(locate), ...copies],
    warnings: warnings.map(locate),
    quoted,
    counts: (Object.keys(raw) as Collection[]).map((c) => `${content[c].length} ${c}`).join(', '),
  };
}
