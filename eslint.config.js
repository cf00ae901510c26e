import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';

/**
 * The parts of src/ and what each may import (docs/architecture.md describes exactly these rules). Imports flow
 * one way, down this list; a feature never imports another feature: they are composed in app/.
 */
const LAYERS = [
  { type: 'app', pattern: 'src/app' },
  { type: 'feature', pattern: 'src/features/*', capture: ['feature'] },
  { type: 'components', pattern: 'src/components' },
  { type: 'state', pattern: 'src/state' },
  { type: 'i18n', pattern: 'src/i18n' },
  { type: 'content', pattern: 'src/content' },
  { type: 'lib', pattern: 'src/lib' },
  // The entry point (main.tsx) and the build's global declarations, directly in src/.
  { type: 'main', pattern: 'src' },
];
const may = (from, to) => ({ from: { element: { type: from } }, allow: { to: { element: { types: { anyOf: to } } } } });

export default tseslint.config(
  { ignores: ['dist', 'dist-test', 'dist-sub', 'node_modules', 'public', 'bench/results'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
    },
  },
  {
    // Node scripts; some pass functions to page.evaluate, which run in the browser.
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // The architecture's boundaries: what each part of src/ may import of ours.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
      'boundaries/elements': LAYERS,
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            may('main', ['app', 'state', 'i18n', 'content', 'lib']),
            may('app', ['app', 'feature', 'components', 'state', 'i18n', 'content', 'lib']),
            // A feature imports its own modules and the shared parts, never another feature.
            { from: { element: { type: 'feature' } }, allow: { to: { element: { type: 'feature', captured: { feature: '{{ from.element.captured.feature }}' } } } } },
            may('feature', ['components', 'state', 'i18n', 'content', 'lib']),
            may('components', ['components', 'state', 'i18n', 'content', 'lib']),
            may('state', ['state', 'i18n', 'content', 'lib']),
            may('i18n', ['i18n', 'lib']),
            may('content', ['content', 'lib']),
            may('lib', ['lib']),
          ],
        },
      ],
      // Every file of src/ belongs to one of the parts above.
      'boundaries/no-unknown-files': 'error',
    },
  },
  {
    // Only the map feature talks to MapLibre.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/features/map/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['maplibre-gl', 'maplibre-gl/*'], message: 'Only src/features/map imports maplibre-gl.' }] }],
    },
  },
  {
    // Pure domain modules stay free of React, the router and the map.
    files: ['src/content/**/*.ts', 'src/lib/**/*.ts', 'src/i18n/**/*.ts', 'src/state/url-state.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['react', 'react-dom', 'maplibre-gl', 'maplibre-gl/*', 'react-router'], message: 'Domain modules are plain TypeScript: no React, router or map.' }] }],
    },
  },
);
