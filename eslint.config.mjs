// ESLint flat config: TypeScript (type-aware where it pays), React's rules of hooks and its
// compiler-era rules on refs, purity and effects, Next's rules, and jsx-a11y. Zero warnings
// are allowed (`npm run lint` passes --max-warnings 0); a remaining `eslint-disable` line
// says why on the same line.
import js from '@eslint/js';
import nextPlugin from '@next/eslint-plugin-next';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import maxEffectLines from './scripts/eslint/max-effect-lines.mjs';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.next/',
      'out/',
      '.generated/',
      '.bench/',
      'public/',
      'test-results/',
      'playwright-report/',
      'next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // node:test's describe/it/test return promises that the runner itself awaits.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          ignoreVoid: true,
          allowForKnownSafeCalls: [
            { from: 'package', name: ['describe', 'it', 'test', 'suite'], package: 'node:test' },
          ],
        },
      ],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['**/*.tsx', 'components/**/*.ts'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['**/*.tsx', 'components/**/*.ts'],
    rules: { 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
  },
  {
    files: ['**/*.tsx'],
    rules: {
      // A box that scrolls (a wide table in a named region, a long BibTeX entry in <pre>)
      // must take focus so that keyboard users can scroll it (WCAG 2.1.1; axe's
      // scrollable-region-focusable).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: ['pre'], roles: ['tabpanel', 'region'] }],
    },
  },
  {
    // House rule: a component or hook has one job. A function over 150 lines or an effect
    // over 40 mixes jobs; split it (a remaining exception says why on the line above it).
    files: ['components/**/*.{ts,tsx}'],
    plugins: { house: { rules: { 'max-effect-lines': maxEffectLines } } },
    rules: {
      'house/max-effect-lines': ['error', { max: 40 }],
      'max-lines-per-function': ['error', { max: 150 }],
    },
  },
  {
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    plugins: { '@next/next': nextPlugin },
    rules: { ...nextPlugin.configs.recommended.rules, ...nextPlugin.configs['core-web-vitals'].rules },
  },
  {
    // Plain JavaScript files (scripts run by node or the browser as they are) are not in the
    // TypeScript project: lint them without type information.
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
);
