// Flat config. The layer rules mirror DESIGN.md's layout: contract imports nothing of ours,
// core imports contract only, renderer imports contract only, 'electron' stays in main/preload.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import vue from 'eslint-plugin-vue'
import prettier from 'eslint-config-prettier'
import globals from 'globals'

const electronOnly = {
  name: 'electron',
  message: "'electron' 只能在 electron/main 和 electron/preload 中使用",
}
const noNode = {
  group: ['node:*', 'fs', 'path', 'crypto', 'os', 'child_process'],
  message: '这一层不能使用 Node 模块',
}
const layer = (files, patterns, paths = [electronOnly]) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { paths, patterns }] },
})

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'artifacts/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'vue/no-v-html': 'error',
      'vue/multi-word-component-names': 'off',
    },
  },
  { files: ['renderer/**'], languageOptions: { globals: { ...globals.browser } } },
  layer(
    ['contract/**'],
    [
      noNode,
      {
        group: ['**/electron/**', '**/renderer/**', 'vue', 'pinia'],
        message: 'contract 不依赖任何一侧',
      },
    ],
  ),
  layer(
    ['electron/core/**'],
    [
      {
        group: ['**/renderer/**', '**/electron/main/**', '**/electron/preload/**'],
        message: 'core 只依赖 contract',
      },
    ],
  ),
  layer(
    ['renderer/**'],
    [noNode, { group: ['**/electron/**'], message: 'renderer 只依赖 contract' }],
  ),
  layer(
    ['electron/preload/**'],
    [
      {
        group: ['**/electron/core/**', '**/electron/main/**', '**/renderer/**'],
        message: 'preload 只依赖 contract',
      },
    ],
    [],
  ),
  layer(
    ['electron/main/**'],
    [
      {
        group: ['**/renderer/**', '**/electron/preload/**'],
        message: 'main 不引用 renderer/preload 源码',
      },
    ],
    [],
  ),
  prettier,
)
