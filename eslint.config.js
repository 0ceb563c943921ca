// Lint: typescript-eslint (type-aware where it pays), Lit templates and web
// component best practice. TypeScript is pinned at 6.0 because
// typescript-eslint does not accept 7 (see shared/TOOLCHAIN.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['dist/', 'storybook-static/', 'docs-site/', 'node_modules/', 'coverage/', '.test-results/', '.cache/', 'custom-elements.json'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts', '.storybook/**/*.ts', 'demo/**/*.ts', 'examples/**/*.ts', 'examples/**/*.tsx'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/best-practice'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts', '.storybook/**/*.ts', 'demo/**/*.ts', 'examples/**/*.ts', 'examples/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Feed strings are never markup: forbid the escape hatches outright.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'Feed text is never markup. Render text bindings.' },
            { name: 'lit/directives/unsafe-svg.js', message: 'Feed text is never markup.' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'No innerHTML: use Lit templates.' },
        { selector: "AssignmentExpression[left.property.name='outerHTML']", message: 'No outerHTML: use Lit templates.' },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval (CSP).' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function (CSP).' },
      ],
      // Strings modules extend SgStrings by declaration merging.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      'lit/no-template-bind': 'error',
      'lit/attribute-value-entities': 'error',
    },
  },
  {
    files: ['test/**/*.ts', 'stories/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      'no-restricted-syntax': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', 'cli/**/*.ts', 'scripts/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['scripts/bench*.mjs', 'scripts/*lighthouse*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
