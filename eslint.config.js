// ESLint: TypeScript and Astro rules, zero warnings allowed (`npm run lint`).
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', '.shards/', '.build-cache/', 'node_modules/', 'vendor/'] },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Imports flow one way (architecture.md): no module imports one that imports it back, however
    // far round. Type-only imports are left out, as they load nothing; pages (.astro) import
    // modules but nothing imports a page, so no cycle runs through one.
    files: ['**/*.{ts,mjs,js}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.mjs', '.js', '.json'] })],
      'import-x/extensions': ['.ts', '.mjs', '.js'],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
  {
    // Playwright's waitForFunction takes the promise an async predicate returns as a truthy answer
    // and stops at once: such a wait never waits (tests/browser/offline.test.ts went flaky on two).
    files: ['tests/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='waitForFunction'] > :function[async=true]",
          message: 'waitForFunction does not await an async predicate: poll tab.evaluate(...) instead.',
        },
      ],
    },
  },
);
