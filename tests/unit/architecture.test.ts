import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The import rules of docs/architecture.md are lint rules (eslint.config.js): this shows they fail the lint when
// broken, on code written into the tree's real folders (linted as text; nothing is written to disk).
const eslint = new ESLint();

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'boundaries/dependencies' || m.ruleId === 'no-restricted-imports').map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the architecture, as lint enforces it', () => {
  it.each([
    ['a feature importing another feature', 'src/features/search/Imported.tsx', "import { Timeline } from '../timeline/Timeline';\nexport const x = Timeline;\n", /feature="search".*feature="timeline"/],
    ['the panel importing the map', 'src/features/panel/Imported.tsx', "import { Legend } from '../map/Legend';\nexport const x = Legend;\n", /feature="map"/],
    ['i18n importing state', 'src/i18n/imported.ts', "import { useUiStore } from '../state/ui-store';\nexport const x = useUiStore;\n", /"i18n".*"state"/],
    ['content importing state', 'src/content/imported.ts', "import { ROUTES } from '../state/paths';\nexport const x = ROUTES;\n", /"content".*"state"/],
    ['state importing a feature', 'src/state/imported.ts', "import { Legend } from '../features/map/Legend';\nexport const x = Legend;\n", /"state".*"feature"/],
    ['a panel importing maplibre-gl', 'src/features/panel/Imported.tsx', "import { Map } from 'maplibre-gl';\nexport const x = Map;\n", /Only src\/features\/map imports maplibre-gl/],
    ['content importing React', 'src/content/imported.ts', "import { useState } from 'react';\nexport const x = useState;\n", /plain TypeScript/],
  ])('fails on %s', { timeout: 30_000 }, async (_name, file, code, message) => {
    const found = await problems(file, code);
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).toMatch(message);
  });

  it.each([
    ['a feature importing its own module and the shared parts', 'src/features/panel/Imported.tsx', "import { HomePanel } from './HomePanel';\nimport { AtlasLink } from '../../components/AtlasLink';\nimport { useAtlasView } from '../../state/atlas-view';\nimport { inTime } from '../../content/time-rule';\nexport const x = [HomePanel, AtlasLink, useAtlasView, inTime];\n"],
    ['the app composing two features', 'src/app/Imported.tsx', "import { Legend } from '../features/map/Legend';\nimport { Timeline } from '../features/timeline/Timeline';\nexport const x = [Legend, Timeline];\n"],
  ])('passes %s', { timeout: 30_000 }, async (_name, file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});
