import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import reactRefresh from 'eslint-plugin-react-refresh'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'test-results/**',
      'demo-output/**',
      'resources/sample-repo/files/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // This app does not use the React Compiler, so hooks it cannot memoize (TanStack Table/Virtual) are fine.
      'react-hooks/incompatible-library': 'off',
      'react-refresh/only-export-components': ['error', { allowConstantExport: true }],
      // Repo-derived text must never become markup (security.md T10).
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text, never HTML.',
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Scripts and the CLI talk to a terminal.
    files: ['scripts/**/*.{mjs,ts}', 'src/cli/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    // Nothing from an audited repository is ever executed: only the engine's git layer may start
    // processes, and the only program it starts is git (security.md T4). The CLI's sample-repo builder
    // also runs git, over the bundled sample only.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/main/engine/git/**', 'src/cli/sample-repo.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['child_process', 'node:child_process'].map((name) => ({
            name,
            message: 'Only the git module may spawn processes.',
          })),
        },
      ],
    },
  },
)
