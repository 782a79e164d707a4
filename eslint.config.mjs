// One lint run, with rules per runtime folder: which code may import what is checked here,
// as VS Code does, so a pure module cannot quietly grow a Node or Electron dependency.
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'worker_threads', 'http', 'url', 'stream'];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/shared/**/*.ts'],
    ignores: ['src/**/*.test.ts', 'src/core/**/test-*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: nodeBuiltins, message: 'src/core and src/shared are pure: no Node built-ins (use src/node).' },
          { group: ['electron', 'react', 'react-dom', 'jsdom', '**/node/**', '**/main/**', '**/renderer/**', '**/preload/**'], message: 'Pure code imports only pure code.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', 'Buffer'],
    },
  },
  {
    files: ['src/node/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['electron', '**/main/**', '**/renderer/**'], message: 'src/node runs in plain Node: no Electron.' }] }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['electron', ...nodeBuiltins, '**/node/**', '**/main/**'], message: 'The renderer reaches the services only through the CorpusApi.' }],
      }],
    },
  },
  {
    files: ['src/main/**/*.ts', 'src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', importNames: ['remote'], message: 'No remote module.' }],
      }],
    },
  },
  {
    files: ['scripts/**/*.cjs', 'bin/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', process: 'readonly', __dirname: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
