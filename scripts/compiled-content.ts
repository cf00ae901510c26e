// Reads the compiled content in Node (the content build's output: content.json with events.bin beside it), for the
// build's own steps (publishing pages and previews), the benchmark and the tests. The page reads the same files
// with src/content/load.ts; the rule is the same: a content.json with its own `events` list is read with those.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeEvents, EVENTS_FILE, isGzipped } from '../src/content/events-file.ts';
import type { MapBundle } from '../src/content/texts.ts';

export function readCompiledContent(contentDir = 'public/content'): MapBundle {
  const map = JSON.parse(readFileSync(join(contentDir, 'content.json'), 'utf8')) as Omit<MapBundle, 'events'> & { events?: MapBundle['events'] };
  if (Array.isArray(map.events)) return map as MapBundle;
  const file = join(contentDir, EVENTS_FILE);
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run content`);
  const stored = readFileSync(file);
  const bytes = isGzipped(stored) ? gunzipSync(stored) : stored;
  const read = decodeEvents(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  if (!read.ok) throw new Error(`${file} is damaged: ${read.reason}`);
  return { ...map, events: read.rows.toArray() };
}
