// Runs a command with the test fixture (tests/fixtures/second-analysis: SYNTHETIC, a second analysis in Libya) added
// to a temporary copy of content/, then rebuilds the real content. It proves that adding an analysis breaks no
// test:   npm run test:with-fixture            (runs `npm test`)
//         node scripts/with-fixture-content.mjs -- <command …>
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FIXTURE = 'tests/fixtures/second-analysis';

/** A copy of content/ with the fixture's files added beside the real ones (folder by folder). */
export function contentWithFixture() {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-content-'));
  cpSync('content', dir, { recursive: true });
  for (const sub of readdirSync(FIXTURE)) {
    if (!statSync(join(FIXTURE, sub)).isDirectory()) continue;
    cpSync(join(FIXTURE, sub), join(dir, sub), { recursive: true });
  }
  return dir;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--');
  const command = i >= 0 ? process.argv.slice(i + 1) : ['npm', 'test'];
  const dir = contentWithFixture();
  console.log(`content with the fixture analysis: ${dir}`);
  const run = spawnSync(command[0], command.slice(1), { stdio: 'inherit', env: { ...process.env, ATLAS_CONTENT_DIR: dir } });
  rmSync(dir, { recursive: true, force: true });
  // public/content/ now holds the fixture's build: put the real content back.
  spawnSync('npm', ['run', 'content'], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}
