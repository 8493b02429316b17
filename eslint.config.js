// Lint rules for the code itself. The architecture (no import cycles, one-way
// layering) is enforced by dependency-cruiser: see .dependency-cruiser.cjs.
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The rules and the bots must be deterministic: no wall clock, no Math.random.
    files: ['game/**/*.ts', 'src/bot/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use boardgame.io random (game/) or a seeded PRNG (bot/).' },
        { object: 'Date', property: 'now', message: 'The rules are deterministic: no wall clock.' },
      ],
      'no-restricted-globals': ['error', 'Date', 'process', 'window', 'document'],
    },
  },
  {
    // React's rules of hooks for the browser client (and its component tests).
    files: ['src/client/**/*.{ts,tsx}', 'test/client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
);
