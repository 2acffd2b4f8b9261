import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const electronOnlyInHost = {
  paths: [
    { name: 'electron', message: 'Only src/main/host (and preload) may import electron: everything else must run under plain Node.' },
    { name: 'electron-updater', message: 'electron-updater needs Electron: only src/main/host may import it.' },
  ],
};

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'artifacts/', 'node_modules/', 'src/main/db/migrations/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The ideographic space (U+3000) is ordinary in Chinese text, templates included.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true }],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/host/**'],
    rules: { 'no-restricted-imports': ['error', electronOnlyInHost] },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...electronOnlyInHost,
          patterns: [
            { group: ['node:*'], message: 'src/shared is pure: no I/O, no Node built-ins.' },
            { group: ['**/main/**', '**/renderer/**', '**/preload/**'], message: 'src/shared imports nothing above it.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...electronOnlyInHost,
          patterns: [
            { group: ['**/main/**'], message: 'The renderer speaks only the contract (src/shared/api), never main-process code.' },
            { group: ['node:*'], message: 'The renderer runs in a sandboxed page: no Node built-ins.' },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', 'scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', sessionStorage: 'readonly', fetch: 'readonly' } },
  },
);
