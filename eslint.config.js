// Folder boundaries are enforced here so that a wrong import fails `npm test`, not a review:
// shared/ runs anywhere (no Node, DOM, Electron or React), main/ never imports the renderer,
// and the renderer reaches data only through its API client.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'util',
  'stream',
  'events',
  'worker_threads',
];
const nodeModulePatterns = ['node:*', ...nodeBuiltins, ...nodeBuiltins.map((m) => `${m}/*`)];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: nodeModulePatterns,
              message: 'shared/ runs anywhere: no Node modules.',
            },
            {
              group: [
                'electron',
                'electron/*',
                'react',
                'react/*',
                'react-dom',
                'react-dom/*',
                '@mui/*',
              ],
              message: 'shared/ runs anywhere: no Electron or React.',
            },
            {
              group: ['**/main/**', '**/renderer/**', 'lowdb', 'lowdb/*'],
              message: 'shared/ depends on nothing outside itself.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'shared/ runs anywhere: no DOM.' },
        { name: 'document', message: 'shared/ runs anywhere: no DOM.' },
        { name: 'process', message: 'shared/ runs anywhere: no Node globals.' },
        { name: 'Buffer', message: 'shared/ runs anywhere: no Node globals.' },
      ],
    },
  },
  {
    files: ['main/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/renderer/**'], message: 'main/ never imports the renderer.' },
            { group: ['react', 'react/*', '@mui/*'], message: 'main/ has no UI code.' },
          ],
        },
      ],
    },
  },
  {
    // Only the Electron layer may import electron; services, storage and the host stay
    // runnable in plain Node (tests, the browser host).
    files: ['main/**/*.ts'],
    ignores: ['main/electron/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/renderer/**'], message: 'main/ never imports the renderer.' },
            { group: ['react', 'react/*', '@mui/*'], message: 'main/ has no UI code.' },
            {
              group: ['electron', 'electron/*'],
              message: 'Only main/electron/ may import electron.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/main/**', 'electron', 'electron/*', 'lowdb', 'lowdb/*'],
              message: 'The renderer reaches data only through its API client.',
            },
            { group: nodeModulePatterns, message: 'The renderer runs in a browser: no Node.' },
            {
              group: ['@hookform/resolvers/zod'],
              message:
                "A form words its refusals through common/catalogueResolver.ts: zodResolver shows a schema's catalogue code as it stands.",
            },
          ],
        },
      ],
    },
  },
  {
    // What a change makes stale comes from the contract (renderer/src/api/queries.ts): a
    // literal query key or a hand-made refresh would escape it and go stale unnoticed.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/src/api/queries.ts', 'renderer/src/app/queryClient.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "Property[key.name='queryKey'] > ArrayExpression",
          message: 'Query keys come from channelKey/channelQuery (api/queries.ts).',
        },
        {
          selector:
            'CallExpression[callee.property.name=/^(invalidateQueries|refetchQueries|resetQueries)$/]',
          message:
            'A change refreshes what it made stale by itself (the contract says what it changes).',
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', '*.config.{ts,js}'],
    languageOptions: { globals: globals.node },
  },
  prettier,
);
