// @ts-check
import { statSync } from 'node:fs';
import js from '@eslint/js';
import eslintConfigPrettier from 'eslint-config-prettier/flat';
import boundaries from 'eslint-plugin-boundaries';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * Import direction (docs/design.md, "One import direction"), enforced by eslint-plugin-boundaries on
 * *resolved* file paths, so `../x`, `../../x` and `./a/../../x` are all caught the same way.
 *
 *   domain    -> domain                                          (no react*, zustand, vis-*)
 *   url       -> domain, url                                     (no react*, zustand, vis-*)
 *   state     -> domain, url, state, zustand, react              (no react-dom, vis-*)
 *   shared    -> domain, url, state, shared                      (hooks and components features share)
 *   feature   -> domain, url, state, shared, its own folder; never another feature, never app
 *   app       -> anything (so do the entry files directly in src/, e.g. src/main.tsx)
 *   testing   -> domain, url, state, testing; only tests (*.test.ts[x]) may import it
 *
 * A "feature" is every folder directly under src/features/; new feature folders are covered without editing
 * this file. Tests beside the code (*.test.ts) follow the same rules, and so do type-only imports,
 * re-exports, dynamic import() and require(). Import cycles are errors too (import-x/no-cycle).
 * A relative import the resolver cannot find is an error (last policy), otherwise a path it misses
 * would slip past every rule above. The resolver therefore understands what TypeScript (bundler
 * resolution) and Vite accept: `./x.js` naming `./x.ts`, and query suffixes such as `./x.txt?raw`.
 * Path aliases (`@/...`) would be taken for packages: add them to 'import/resolver' before using any.
 */
const LAYERS = ['domain', 'url', 'state', 'shared', 'testing', 'app'];
const REACT_AND_WIDGETS = ['react', 'react-dom', 'zustand', 'vis-*'];

/** @param {string | string[]} types */
const element = (types) => ({ element: { types: { anyOf: [types].flat() } } });
/** @param {string[]} sources */
const packages = (sources) => ({ module: { origin: 'external', source: sources } });

/**
 * `resolve`'s file test, widened to TypeScript's `.js` -> `.ts`/`.tsx` mapping and Vite's `?query` suffixes.
 * @param {string} file
 */
const isFile = (file) => {
  const path = file.replace(/\?.*$/s, '');
  const candidates = [
    path,
    ...(/\.[cm]?jsx?$/.test(path) ? ['.ts', '.tsx', '.mts', '.cts'] : []).map((ext) =>
      path.replace(/\.[cm]?jsx?$/, ext),
    ),
  ];
  return candidates.some((candidate) => statSync(candidate, { throwIfNoEntry: false })?.isFile() ?? false);
};

const importDirection = {
  default: 'disallow',
  checkAllOrigins: true,
  checkUnknownLocals: true,
  message:
    '{{ from.element.types.[0] }} ({{ from.element.path }}) may not import "{{ dependency.source }}". ' +
    'Import direction (docs/design.md): domain <- url <- state <- shared <- features <- app; ' +
    'domain/url import no react/zustand/vis-*, state no react-dom/vis-*, features never each other.',
  policies: [
    // Packages and node built-ins are allowed unless a later policy says otherwise (the last match wins).
    { allow: { to: { module: { origin: ['external', 'core'] } } } },
    { from: element('domain'), allow: { to: element('domain') } },
    { from: element('url'), allow: { to: element(['domain', 'url']) } },
    { from: element('state'), allow: { to: element(['domain', 'url', 'state']) } },
    { from: element('shared'), allow: { to: element(['domain', 'url', 'state', 'shared']) } },
    {
      from: element('feature'),
      allow: [
        { to: element(['domain', 'url', 'state', 'shared']) },
        // its own folder (also covered by "internal" dependencies, which the rule does not check)
        {
          to: { element: { type: 'feature', captured: { feature: '{{ from.element.captured.feature }}' } } },
        },
      ],
    },
    { from: element('app'), allow: { to: { module: { origin: 'local' } } } },
    // Files directly in src/ (main.tsx, vite-env.d.ts) belong to no element: the composition root, like app.
    { from: { element: { isUnknown: true } }, allow: { to: { module: { origin: 'local' } } } },
    // Local files outside every element (data/*.json, ...) are not layers: anyone may read them.
    { allow: { to: { module: { origin: 'local' }, element: { isUnknown: true }, file: { path: '**' } } } },
    // Fixtures are for tests: a test anywhere may use them, production code nowhere (app included).
    { disallow: { to: element('testing') } },
    { from: element('testing'), allow: { to: element(['domain', 'url', 'state', 'testing']) } },
    { from: { file: { categories: 'test' } }, allow: { to: element('testing') } },
    { from: element(['domain', 'url']), disallow: { to: packages(REACT_AND_WIDGETS) } },
    { from: element('state'), disallow: { to: packages(['react-dom', 'vis-*']) } },
    {
      disallow: { to: { module: { origin: 'local' }, file: { path: null } } },
      message:
        'Cannot resolve "{{ dependency.source }}", so its import direction cannot be checked. ' +
        'Import an existing file by a relative path (extensionless, .js or .ts).',
    },
  ],
};

export default defineConfig([
  globalIgnores([
    'dist/',
    'node_modules/',
    'test-results/',
    'playwright-report/',
    'bench/data/',
    '.reports/',
    'coverage/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  // Browser code
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
  },
  // React: the whole v7 recommended set (incl. the React Compiler rules); exhaustive-deps as an error.
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  // Node code: tooling, scripts, configs, Playwright specs (they run in Node; page code is strings/functions)
  {
    files: ['*.{js,mjs,cjs,ts}', 'scripts/**/*.{js,mjs,ts}', 'e2e/**/*.ts', 'bench/**/*.{js,mjs,ts}'],
    languageOptions: { globals: globals.node },
  },
  // Import direction
  {
    files: ['src/**/*.{js,jsx,ts,tsx,mts,cts}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': {
        node: { extensions: ['.ts', '.tsx', '.mts', '.js', '.jsx', '.mjs', '.json', '.d.ts'], isFile },
      },
      'boundaries/root-path': import.meta.dirname,
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import', 'require'],
      'boundaries/elements-single-match': true,
      'boundaries/elements': [
        ...LAYERS.map((type) => ({ type, pattern: `src/${type}`, partialMatch: false })),
        { type: 'feature', pattern: 'src/features/*', partialMatch: false, capture: ['feature'] },
      ],
      'boundaries/files': [{ category: 'test', pattern: '**/*.test.{ts,tsx}' }],
    },
    rules: {
      'boundaries/dependencies': ['error', importDirection],
    },
  },
  // No import cycles anywhere in the app, its tools or its journeys.
  {
    files: ['src/**/*.{ts,tsx}', 'bench/**/*.ts', 'scripts/**/*.ts', 'e2e/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  eslintConfigPrettier,
]);
