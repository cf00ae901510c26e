// Checks the content an analyst edits in content/ and compiles it into public/content/content.json.
//
//   npm run content:check      print every problem as `file:line  field  reason`; exit 1 if there are any
//   npm run content            the same checks, then write public/content/content.json (events.bin and texts.json beside it)
//   npm run content:check -- --against FILE [--against FILE …]
//                              also list every run of 8 or more words a text of ours shares with FILE (a source's
//                              text); a run not inside quotation marks is a problem
//
// Options: --dir <content dir> (default: $ATLAS_CONTENT_DIR or content), --out <file> (default:
// public/content/content.json). Warnings (a source dated only to the month…) are printed but do not fail.
import { statSync } from 'node:fs';
import { formatProblem } from '../src/content/problems.ts';
import { checkContent } from './content-check.ts';
import { compileContent, writeCompiled } from './compile-content.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return (i >= 0 ? args[i + 1] : undefined) ?? fallback;
};
const checkOnly = args.includes('--check');
// ATLAS_CONTENT_DIR points the build at another content folder (npm run test:with-fixture uses a temporary copy).
const dir = option('--dir', process.env.ATLAS_CONTENT_DIR ?? 'content');
const out = option('--out', 'public/content/content.json');
const against = args.flatMap((a, i) => (args[i - 1] === '--against' ? [a] : []));

const { content, problems, warnings, quoted, counts } = checkContent(dir, against);
for (const q of quoted) console.log(`quoted   ${formatProblem(q)}`);
for (const w of warnings) console.warn(`warning  ${formatProblem(w)}`);
if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\n${problems.length} problem${problems.length > 1 ? 's' : ''} in ${dir}/ (${counts} valid)`);
  process.exit(1);
}
const checkedAgainst = against.length > 0 ? `; no unquoted run of 8+ words shared with ${against.join(', ')}` : '';
console.log(`content OK: ${counts}${warnings.length > 0 ? ` (${warnings.length} warning${warnings.length > 1 ? 's' : ''})` : ''}${checkedAgainst}`);
if (!checkOnly) {
  // Checked as a whole, shipped in three: what the map needs, the events in columns, and the reading matter
  // (src/content/texts.ts, src/content/events-file.ts).
  const files = compileContent(content);
  const [, eventsOut = '', textsOut] = writeCompiled(files, out);
  const bytes = (n: number) => n.toLocaleString('en-GB');
  console.log(`wrote ${out}, ${eventsOut} (${files.eventCount} events, ${bytes(statSync(eventsOut).size)} bytes gzipped, ${bytes(files.events.byteLength)} inflated) and ${textsOut}`);
}
