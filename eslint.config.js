// ESLint with typescript-eslint and eslint-plugin-astro, chosen over Biome because
// Biome does not lint the template part of .astro files, and the templates are where
// source text reaches readers (set:html would bypass Astro's escaping).
// Formatting is Prettier's job (npm run format), so no stylistic rules here.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'content/generated/', 'screenshots/', 'test-results/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'astro/no-set-html-directive': 'error',
      'astro/no-unused-css-selector': 'error',
      eqeqeq: ['error', 'always'],
      'no-control-regex': 'off', // control characters are what the stray-character checks look for
    },
  },
);
