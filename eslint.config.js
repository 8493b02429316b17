// Lint rules that keep the architecture honest: no import cycles, and imports
// run one way (cli/server/client -> bot -> game; game imports nothing of ours).
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'net', 'url', 'worker_threads'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './game', from: './src', message: 'game/ is the rules module: it imports nothing of ours.' },
            { target: './game', from: './test', message: 'game/ must not import tests.' },
            { target: './src/bot', from: ['./src/cli', './src/server', './src/client'], message: 'bot/ imports game/ only.' },
            { target: ['./src/cli', './src/server', './src/bot'], from: './src/client', message: 'Nothing imports the client.' },
          ],
        },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The rules must be deterministic and portable: no Node APIs, no wall clock, no Math.random.
    files: ['game/**/*.ts', 'src/bot/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: nodeBuiltins }],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use boardgame.io random (game/) or a seeded PRNG (bot/).' },
        { object: 'Date', property: 'now', message: 'The rules are deterministic: no wall clock.' },
      ],
      'no-restricted-globals': ['error', 'Date', 'process', 'window', 'document'],
    },
  },
);
