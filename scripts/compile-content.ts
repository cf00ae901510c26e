// Compiles checked content into the files the app loads: content.json (what the map needs, but the events),
// events.bin (the events in columns, gzipped: src/content/events-file.ts) and texts.json (the reading matter). Used by the
// content build (content-build.ts) and by the benchmark, so its synthetic archives are built as real content is.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { gzipSync } from 'node:zlib';
import { splitBundle } from '../src/content/bundle-split.ts';
import { decodeEvents, encodeEvents, EVENTS_FILE } from '../src/content/events-file.ts';
import type { ContentBundle } from '../src/content/schema.ts';
import { TEXTS_FILE } from '../src/content/texts.ts';

export interface CompiledContent {
  content: string;
  events: Uint8Array;
  texts: string;
  eventCount: number;
}

/** The three files; the events file is read back and compared, event by event, to prove it holds what was checked. */
export function compileContent(checked: ContentBundle): CompiledContent {
  const { map, texts } = splitBundle(checked);
  const { events, ...rest } = map;
  const file = encodeEvents(events);
  const back = decodeEvents(file.slice().buffer);
  const read = new Map(back.ok ? back.rows.toArray().map((e) => [e.id, e]) : []);
  const lost = back.ok ? events.find((e) => !isDeepStrictEqual(read.get(e.id) ?? null, e)) : undefined;
  if (!back.ok || lost !== undefined || back.rows.length !== events.length) {
    throw new Error(`the events file does not read back as written (${back.ok ? `event ${lost?.id ?? '(count)'}` : back.reason}): a bug in src/content/events-file.ts`);
  }
  return { content: JSON.stringify(rest), events: file, texts: JSON.stringify(texts), eventCount: events.length };
}

/** The events file as the build stores it: gzipped (src/content/events-file.ts says why). */
export function storedEvents(events: Uint8Array): Buffer {
  return gzipSync(events, { level: 9 });
}

/** Writes the three files, content.json at `out` and the others beside it (the events file as stored); returns their paths. */
export function writeCompiled(files: CompiledContent, out: string): string[] {
  const paths = [out, join(dirname(out), EVENTS_FILE), join(dirname(out), TEXTS_FILE)];
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, files.content);
  writeFileSync(join(dirname(out), EVENTS_FILE), storedEvents(files.events));
  writeFileSync(join(dirname(out), TEXTS_FILE), files.texts);
  return paths;
}
