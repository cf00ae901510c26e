// The real content with N SYNTHETIC events (bench/synthetic.mjs), checked against the schema and compiled into the
// three files the app loads by the content build's own code (scripts/compile-content.ts), as a real archive of that
// size would be. For the benchmark and the scale tests only; never written into content/ or public/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { joinBundle } from '../src/content/bundle-split';
import type { ContentBundle } from '../src/content/schema';
import { validateBundle } from '../src/content/validate';
import { readCompiledContent } from '../scripts/compiled-content';
import { compileContent, type CompiledContent } from '../scripts/compile-content';
import { withSyntheticEvents } from './synthetic.mjs';

/** The real content as checked: content.json and events.bin joined with texts.json. */
export function realContent(contentDir = 'public/content'): ContentBundle {
  return joinBundle(readCompiledContent(contentDir), JSON.parse(readFileSync(join(contentDir, 'texts.json'), 'utf8'))) as ContentBundle;
}

export function syntheticArchive(n: number, seed?: number): CompiledContent {
  const { content, problems } = validateBundle(withSyntheticEvents(realContent(), n, seed));
  if (problems.length > 0) throw new Error(`the synthetic content fails the check: ${problems.length} problems, first ${problems[0]?.where} ${problems[0]?.field} ${problems[0]?.reason}`);
  return compileContent(content);
}
