import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'bench/results'] },
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
    // Only the map feature talks to MapLibre.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/features/map/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['maplibre-gl', 'maplibre-gl/*'], message: 'Only src/features/map imports maplibre-gl.' }] }],
    },
  },
  {
    // Pure domain modules stay free of React and the map.
    files: ['src/content/**/*.ts', 'src/state/url-state.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['react', 'react-dom', 'maplibre-gl', 'react-router'], message: 'Domain modules are plain TypeScript.' }] }],
    },
  },
);
