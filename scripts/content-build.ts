// Checks the content an analyst edits in content/ and compiles it into public/content/content.json.
//
//   npm run content:check      print every problem as `file:line  field  reason`; exit 1 if there are any
//   npm run content            the same checks, then write public/content/content.json
//
// Options: --dir <content dir> (default: content), --out <file> (default: public/content/content.json).
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { validateBundle } from '../src/content/validate.ts';
import { formatProblem, type ContentProblem } from '../src/content/problems.ts';
import type { ContentBundle } from '../src/content/schema.ts';
import { splitBundle, TEXTS_FILE } from '../src/content/texts.ts';

type Collection = keyof ContentBundle;

interface Origin {
  file: string;
  /** Line of the item itself, 1-based. */
  line: number;
  /** Finds the line of a field path inside the item. */
  lineOf: (field: string[]) => number | undefined;
}

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return (i >= 0 ? args[i + 1] : undefined) ?? fallback;
};
const checkOnly = args.includes('--check');
// ATLAS_CONTENT_DIR points the build at another content folder (npm run test:with-fixture uses a temporary copy).
const dir = option('--dir', process.env.ATLAS_CONTENT_DIR ?? 'content');
const out = option('--out', 'public/content/content.json');

const raw: Record<Collection, unknown[]> = { analyses: [], sites: [], events: [], areas: [], sources: [], actors: [] };
const origins: Record<Collection, Origin[]> = { analyses: [], sites: [], events: [], areas: [], sources: [], actors: [] };
const fileProblems: ContentProblem[] = [];

function files(sub: string, ext: string): string[] {
  const d = join(dir, sub);
  if (!existsSync(d)) return [];
  return readdirSync(d).filter((f) => f.endsWith(ext)).sort().map((f) => join(d, f));
}

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
const HEADING = /^## (.+?)\s*\{#([^}]*)\}\s*$/;
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
  const passages: { anchor: string; title: string; text: string; line: number }[] = [];
  for (let i = end + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const m = HEADING.exec(line);
    if (m) passages.push({ title: m[1] ?? '', anchor: m[2] ?? '', text: '', line: i + 1 });
    else if (line.startsWith('## ')) fileProblems.push({ where: `${file}:${i + 1}`, field: 'passages', reason: 'a passage heading needs an anchor: "## Title {#anchor}"' });
    else if (passages.length > 0) {
      const p = passages[passages.length - 1];
      if (p) p.text += `${line}\n`;
    } else if (line.trim() !== '') {
      fileProblems.push({ where: `${file}:${i + 1}`, field: 'passages', reason: 'text before the first "## Title {#anchor}" heading belongs in the front matter summary' });
    }
  }
  for (const p of passages) p.text = p.text.trim();
  raw.analyses.push({ ...(front as object), passages: passages.map(({ anchor, title, text }) => ({ anchor, title, text })) });
  const frontLines = lineFinder(parsed.doc, parsed.counter, [], 1);
  origins.analyses.push({
    file,
    line: 1,
    lineOf: (field) => (field[0] === 'passages' && field[1] !== undefined ? passages[Number(field[1])]?.line : frontLines(field)),
  });
}

const keyed = new Map<string, Origin>();
for (const c of Object.keys(origins) as Collection[]) origins[c].forEach((o, i) => keyed.set(`${c}[${i}]`, o));

const { content, problems } = validateBundle(raw);
const located = problems.map((p) => {
  const o = keyed.get(p.where);
  if (!o) return p;
  const line = (p.field ? o.lineOf(p.field.split('.')) : undefined) ?? o.line;
  return { ...p, where: `${o.file}:${line}` };
});
const all = [...fileProblems, ...located];

const counts = (Object.keys(content) as Collection[]).map((c) => `${content[c].length} ${c}`).join(', ');
if (all.length > 0) {
  for (const p of all) console.error(formatProblem(p));
  console.error(`\n${all.length} problem${all.length > 1 ? 's' : ''} in ${dir}/ (${counts} valid)`);
  process.exit(1);
}
console.log(`content OK: ${counts}`);
if (!checkOnly) {
  // Checked as a whole, shipped in two: what the map needs, and the reading matter beside it (src/content/texts.ts).
  const { map, texts } = splitBundle(content);
  const textsOut = join(dirname(out), TEXTS_FILE);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(map));
  writeFileSync(textsOut, JSON.stringify(texts));
  console.log(`wrote ${out} and ${textsOut}`);
}
