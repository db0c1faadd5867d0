// Lint: TypeScript strict rules for src/ and unit tests, plain JS rules for scripts, the demo and
// the e2e tests (which must stay ES2017 so Chromium 73 parses them).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.cache/', '.bench/', '.test-results/', '.e2e-build/', 'coverage/'] },
  js.configs.recommended,
  {
    files: ['**/*.ts', '**/*.mts', '**/*.cts'],
    extends: [tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Consumers of the typings (test/unit/types.test.ts): `import x = require()` and `require()`
    // are the point of these files.
    files: ['test/types/*.cts', 'test/types/*.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['test/types/*.cjs'],
    languageOptions: { ecmaVersion: 2022, sourceType: 'commonjs', globals: { ...globals.node } },
  },
  {
    files: ['scripts/**/*.mjs', 'scripts/**/*.cjs', '*.mjs', 'karma.conf.js', '.ci/**/*.mjs'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.node } },
  },
  {
    files: ['karma.conf.js', 'scripts/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    // consumer apps (scripts/consumers.mjs): bundled, so modern modules (and one CommonJS entry)
    files: ['test/consumers/**/*.js'],
    ignores: ['test/consumers/ssr/**'],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.browser } },
  },
  {
    // the SSR app's server entry and its runner: Node only (`window` is an error there)
    files: ['test/consumers/ssr/**/*.js', 'test/consumers/ssr/**/*.mjs'],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node } },
  },
  {
    // legacy app code (scripts/consumers/legacy-apps.mjs): classic scripts sharing globals, as 2013-2015 pages were
    files: ['test/consumers/legacy-apps/*/js/*.js', 'test/consumers/legacy-apps/support/watch.js'],
    languageOptions: { ecmaVersion: 2017, sourceType: 'script', globals: { ...globals.browser } },
    // the code of that era declares and reassigns the engine's globals (`var RTCPeerConnection`, `stop()`): the point of these pages
    rules: { 'no-redeclare': 'off', 'no-global-assign': 'off' },
  },
  {
    files: ['test/consumers/**/*.cjs'],
    languageOptions: { ecmaVersion: 2022, sourceType: 'commonjs', globals: { ...globals.browser } },
  },
  {
    files: ['demo/**/*.js', 'test/e2e/**/*.js', 'test/cross/**/*.js', 'bench/**/*.js'],
    languageOptions: {
      ecmaVersion: 2017,
      sourceType: 'script',
      globals: { ...globals.browser, ...globals.mocha },
    },
  },
);
