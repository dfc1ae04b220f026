import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Code that must run anywhere (Node, the worker, the page) and so knows nothing of the UI or the network. */
const pureZones = [
  'src/foundation/**',
  'src/engine/**',
  'src/model/**',
  'src/share/**',
  'src/importers/**',
  'src/i18n/**',
  'src/testSupport/**',
];

const agplOracles = [
  '@cloud-copilot/iam-simulate',
  '@cloud-copilot/iam-policy',
  '@cloud-copilot/iam-utils',
  '@cloud-copilot/iam-expand',
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'test-results',
      'playwright-report',
      'coverage',
      'bench/results',
      'bench/*.bundle.mjs',
      'dist-cli',
      '.scratch*',
      // Deliberately wrong imports the layer check must catch; not part of any build.
      'scripts/layers/fixture',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.es2023 },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: { ...globals.node } },
    rules: { ...tseslint.configs.disableTypeChecked.rules, 'no-console': 'off' },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/state/**/*.{ts,tsx}', 'src/main.tsx'],
    ...reactHooks.configs.flat['recommended-latest'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: agplOracles.map((name) => ({
            name,
            message: 'AGPL: @cloud-copilot oracles are test-only devDependencies, never shipped in src/.',
          })),
        },
      ],
    },
  },
  {
    files: pureZones,
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: agplOracles.map((name) => ({ name, message: 'AGPL: test-only oracle.' })),
          patterns: [
            {
              group: [
                'react',
                'react/*',
                'react-dom',
                'react-dom/*',
                '@xyflow/*',
                'monaco-editor',
                'monaco-editor/*',
                '@monaco-editor/*',
                'zustand',
                'zustand/*',
                'elkjs',
                'elkjs/*',
                '**/ui/**',
                '**/state/**',
                '**/worker/**',
                '@/ui/**',
                '@/state/**',
                '@/worker/**',
                'node:*',
                'fs',
                'path',
                'http',
                'https',
              ],
              message:
                'src/foundation, src/engine, src/model, src/share, src/importers, src/i18n and src/testSupport are pure TypeScript: no React, React Flow, Monaco, zustand, UI, worker or Node APIs (see docs/architecture.md).',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'indexedDB', 'navigator', 'location'].map(
          (name) => ({ name, message: `Pure code must not touch the DOM global "${name}".` }),
        ),
        ...['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'process', 'require'].map((name) => ({
          name,
          message: `Pure code must not use "${name}": no network, no Node APIs.`,
        })),
      ],
    },
  },
  // Above the pure folders the layers still import only downwards: the workers know no state or UI,
  // the store knows no UI (the projections both need live in src/state/graphView).
  ...[
    {
      files: ['src/worker/**'],
      group: ['**/state/**', '**/ui/**', '@/state/**', '@/ui/**'],
      name: 'src/worker',
    },
    { files: ['src/state/**'], group: ['**/ui/**', '@/ui/**'], name: 'src/state' },
  ].map(({ files, group, name }) => ({
    files,
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: agplOracles.map((oracle) => ({ name: oracle, message: 'AGPL: test-only oracle.' })),
          patterns: [
            { group, message: `${name} must not import a layer above it (see docs/architecture.md).` },
          ],
        },
      ],
    },
  })),
  {
    files: [
      'src/cli/**',
      'src/nodeData/**',
      'scripts/**',
      'bench/**',
      'e2e/**',
      '*.config.ts',
      '**/*.test.ts',
    ],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
);
