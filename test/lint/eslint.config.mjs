// ESLint for the whole repository, run by `npm run lint` (part of `npm test`). Type checking stays
// with `npm run typecheck`; these rules need no type information.
//
// typescript-eslint parses with TypeScript's JavaScript API, which the repository's TypeScript 7
// (native `tsc`) no longer ships. This workspace installs TypeScript 6 beside it, and the parser and
// its helper `ts-api-utils` (which npm hoists to the root, next to TypeScript 7) are pointed at it
// before they load. The setup TypeScript's own 7.0 notes describe ("run side by side with 6.0"),
// confined to the lint.
import js from '@eslint/js';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import Module, { createRequire } from 'node:module';

const typescript6 = createRequire(import.meta.url).resolve('typescript');
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function resolveTypescript6(request, ...rest) {
  return request === 'typescript' ? typescript6 : resolveFilename.call(this, request, ...rest);
};
const { default: tseslint } = await import('typescript-eslint');

export default defineConfig(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/out-tsc/**',
      'storybook-static/**',
      '.dossier-data/**',
      'test/bench/results/**',
      'test/e2e/screenshots/**',
      '**/*.d.ts',
      'examples/**/public/**',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Unused names are errors, except the ones a signature needs and says so with a leading underscore.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // A variable a callback reads before its single assignment (the demo's `app`) cannot be const.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // Matching control characters is the point where texts, file names and headers are cleaned.
      'no-control-regex': 'off',
      // `interface DocumentEventMap extends DossierEventMap {}` is how a library adds its events to the DOM's maps.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Chai's property assertions (`expect(x).to.be.true`) are expressions by design.
    files: ['**/test/**', 'test/**', 'stories/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['packages/elements/src/**/*.ts', 'packages/react/src/**/*.ts', 'packages/react/src/**/*.tsx'],
    extends: [litConfigs['flat/recommended'], wcConfigs['flat/recommended'], wcConfigs['flat/best-practice']],
    settings: { wc: { elementBaseClasses: ['LitElement', 'DossierElement'] } },
    rules: {
      // LitElement implements every lifecycle callback: `super.connectedCallback()` is always there.
      'wc/guard-super-call': 'off',
    },
  },
  {
    // A view class (`*.view.ts`, see base/lazy-view.ts) is never instantiated: its methods are copied
    // onto its element's prototype. A field, constructor, decorator or static member would never run.
    files: ['packages/elements/src/**/*.view.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ClassBody > PropertyDefinition', message: 'A view class has no fields: declare state on the element.' },
        { selector: 'ClassBody > AccessorProperty', message: 'A view class has no fields: declare state on the element.' },
        { selector: "MethodDefinition[kind='constructor']", message: 'A view class is never constructed.' },
        { selector: 'ClassBody > MethodDefinition[static=true]', message: 'A view class has no static members: put them on the element.' },
        { selector: 'ClassBody > StaticBlock', message: 'A view class has no static members: put them on the element.' },
        { selector: 'Decorator', message: 'Decorators on a view class never apply: declare on the element.' },
      ],
    },
  },
);
