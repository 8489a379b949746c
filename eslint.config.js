import pluginVue from 'eslint-plugin-vue'
import { withVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'
import skipFormatting from '@vue/eslint-config-prettier/skip-formatting'

// Classic zod would skip the setting that keeps zod from eval, which the page's policy forbids
// (src/zod-jitless.ts): the app takes zod/mini, which the build hands that setting first.
const classicZod = {
  name: 'zod',
  message: "Import from 'zod/mini' (see src/zod-jitless.ts).",
}

const storageGlobals = ['localStorage', 'sessionStorage', 'indexedDB'].map((name) => ({
  name,
  message: 'Storage is reached only through src/persistence/.',
}))

export default withVueTs(
  {
    ignores: [
      'dist/**',
      'coverage/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // The one place that renders HTML, after DOMPurify has sanitized it.
    files: ['src/components/common/RichText.vue'],
    rules: { 'vue/no-v-html': 'off' },
  },
  {
    files: ['src/**/*.{ts,vue}'],
    ignores: ['src/persistence/**'],
    rules: { 'no-restricted-globals': ['error', ...storageGlobals] },
  },
  {
    files: ['src/**/*.{ts,vue}', 'scripts/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [classicZod] }] },
  },
  {
    // The domain is plain TypeScript: no framework, no browser, no hidden clock or randomness.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['vue', 'pinia', 'vue-router', classicZod],
          patterns: ['@/stores/*', '@/components/*', '@/views/*'],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...storageGlobals,
        ...['window', 'document', 'navigator', 'location', 'crypto', 'fetch'].map((name) => ({
          name,
          message: 'src/domain takes what it needs from the browser as arguments.',
        })),
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Pass the time in as an argument.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Pass the time in as an argument.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'Use the seeded generator in src/domain/random.ts.',
        },
      ],
    },
  },
  skipFormatting,
)
