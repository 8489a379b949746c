import pluginVue from 'eslint-plugin-vue'
import { withVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'
import skipFormatting from '@vue/eslint-config-prettier/skip-formatting'

// Classic zod would skip the setting that keeps zod from eval, which the page's policy forbids
// (src/zod-jitless.ts): the app takes zod/mini, which the build hands that setting first.
const classicZod = {
  name: 'zod',
  message: "Import from 'zod/mini' (see src/zod-jitless.ts).",
}

const STORAGE = 'Storage is reached only through src/persistence/.'
const storageGlobals = ['localStorage', 'sessionStorage', 'indexedDB'].map((name) => ({
  name,
  message: STORAGE,
}))
// no-restricted-globals sees a bare `localStorage` only; these catch `window.localStorage`,
// `globalThis['indexedDB']` and `const { sessionStorage } = self` (hoppscotch's member-access rule).
const storageHolder = '/^(window|globalThis|self)$/'
const storageName = '/^(localStorage|sessionStorage|indexedDB)$/'
const storageMembers = [
  `MemberExpression[object.name=${storageHolder}][property.name=${storageName}]`,
  `MemberExpression[object.name=${storageHolder}][property.value=${storageName}]`,
  `VariableDeclarator[init.name=${storageHolder}] > ObjectPattern > Property[key.name=${storageName}]`,
].map((selector) => ({ selector, message: STORAGE }))

// Numbers, dates, durations and lists for people are written through src/i18n/format.ts, in the
// interface's format locale. Intl and toLocale…String() are left to the module itself (src/i18n);
// data whose format a standard fixes (src/domain/lms, Moodle XML's numbers); the domain functions
// that take their locale from the caller (author.ts's draftLabel, grading.ts's formatNumber).
const FORMAT = 'Write numbers, dates, durations and lists with src/i18n/format.ts.'
const formatsOwnLocale = [
  'src/i18n/**',
  'src/domain/lms/**',
  'src/domain/bank/moodle-xml-export.ts',
  'src/domain/author.ts',
  'src/domain/grading.ts',
]
const localeMethods = ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString']

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
    files: ['src/**/*.{ts,vue}'],
    ignores: ['src/persistence/**'],
    rules: {
      'no-restricted-globals': ['error', ...storageGlobals],
      'no-restricted-syntax': ['error', ...storageMembers],
    },
  },
  {
    files: ['src/**/*.{ts,vue}', 'scripts/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [classicZod] }] },
  },
  {
    // Each floor of the house calls the floors below it: a store never reaches up to a component
    // or a page; a page or a component reaches storage only through a store.
    files: ['src/stores/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [classicZod],
          patterns: [
            {
              regex: '(^|/)(components|views)(/|$)',
              message: 'A store imports no component or page: move what both need below them.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/views/**/*.{ts,vue}', 'src/components/**/*.{ts,vue}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [classicZod],
          patterns: [
            {
              regex: '(^|/)persistence(/|$)',
              message: 'Pages and components reach storage through a store (src/stores/).',
            },
            {
              // src/lms (the adapters), not src/domain/lms (plain functions any floor may call).
              regex: '(^|/)(?<!domain/)lms(/|$)',
              message: 'Pages and components reach an LMS or an LRS through a store (src/stores/).',
            },
          ],
        },
      ],
    },
  },
  {
    // The domain is plain TypeScript: no framework, no browser, no hidden clock or randomness.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [classicZod],
          // Matched on any path, `@/stores/quiz` and `../stores/quiz` alike.
          patterns: [
            {
              regex: '(^|/)(vue|vue-router|pinia|@vue|@vueuse)(/|$)',
              message: 'src/domain is framework-free: the stores bring Vue and Pinia to it.',
            },
            {
              regex:
                '(^|/)(?<!domain/)(stores|components|views|persistence|lms|router|composables)(/|$)',
              message: 'src/domain imports none of the app: the app calls the domain.',
            },
          ],
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
        ...storageMembers,
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
  {
    files: ['src/**/*.{ts,vue}'],
    ignores: formatsOwnLocale,
    rules: {
      'no-restricted-properties': [
        'error',
        ...localeMethods.map((property) => ({ property, message: FORMAT })),
        { object: 'Intl', message: FORMAT },
      ],
      // The same in templates, which no-restricted-properties does not read.
      'vue/no-restricted-syntax': [
        'error',
        {
          selector: `MemberExpression[property.name=/^(${localeMethods.join('|')})$/]`,
          message: FORMAT,
        },
        { selector: "MemberExpression[object.name='Intl']", message: FORMAT },
      ],
    },
  },
  skipFormatting,
)
