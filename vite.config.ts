import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import type { Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { defineConfig } from 'vitest/config'
import { factlineBanks } from './scripts/vite-plugin-banks.ts'
import { compileHints } from './scripts/vite-plugin-compile-hints.ts'
import { contentSecurityPolicy } from './scripts/vite-plugin-csp.ts'
import { routePages } from './scripts/vite-plugin-pages.ts'

// The pages are the router's (scripts/vite-plugin-pages.ts): no file name decides what loads how.
const pages = routePages('src/router/index.ts')

export default defineConfig({
  plugins: [
    vue(),
    // FACTLINE_LRS_ORIGINS=https://lrs.district.org lets the kiosk send to that LRS (connect-src).
    ...contentSecurityPolicy(undefined, process.env.FACTLINE_LRS_ORIGINS),
    pages.plugin,
    // Every page but one that brings more than 150 KB of its own (the studio and its editor).
    compileHints({
      isPage: pages.isPage,
      pageLimit: 150_000,
      startsWith: (id) => /\/src\/i18n\/messages\/[^/]+\/first\.ts$/.test(id),
    }),
    // FACTLINE_QUESTIONS=questions,../my-banks builds with more question folders than questions/.
    factlineBanks({
      dirs: (process.env.FACTLINE_QUESTIONS ?? 'questions').split(',').filter(Boolean),
    }),
    // After one visit everything works offline: the app shell and every bank are precached. A new
    // version waits for the learner's `Update`, so nothing changes under a student mid-quiz.
    ...afterGoodBuildsOnly(
      VitePWA({
        registerType: 'prompt',
        injectRegister: false,
        // Installable: the colours are styles.css's --accent and --paper; the icons come from
        // public/favicon.svg (`npm run icons`). start_url and scope are left to the plugin, which
        // sets both to the build's base: `/`, or `/factline/` for a build with --base /factline/.
        manifest: {
          name: 'Factline',
          short_name: 'Factline',
          description:
            'Lessons and quizzes built from a news article, with your progress kept in your browser.',
          lang: 'en',
          display: 'standalone',
          theme_color: '#1d4ed8',
          background_color: '#ffffff',
          icons: [
            { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
            { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
            {
              src: 'icons/maskable-512.png',
              sizes: '512x512',
              type: 'image/png',
              purpose: 'maskable',
            },
          ],
        },
        // The icons are precached by globPatterns already; listing them twice would be noise.
        includeManifestIcons: false,
        workbox: {
          // json: each bank is a JSON file (scripts/vite-plugin-banks.ts).
          globPatterns: ['**/*.{js,css,html,json,svg,png,ico,txt,woff2}'],
          navigateFallback: 'index.html',
          maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        },
      }),
    ),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  // Every component uses <script setup>: Vue's Options API support is dead weight on a phone.
  define: { __VUE_OPTIONS_API__: 'false' },
  build: {
    rolldownOptions: {
      output: {
        // Vue in one chunk, always: left to itself the bundler splits Vue's reactivity into a
        // chunk of its own as soon as a lazily loaded module (a language's words, the format
        // module) uses it, and the first question pays an extra request and 0.9 KB.
        codeSplitting: { groups: [{ name: 'vue', test: /[\\/]node_modules[\\/]@vue[\\/]/ }] },
      },
    },
    modulePreload: {
      // Every browser the app supports preloads modules itself (Safari from 17): the polyfill
      // would cost each first screen 0.5 KB. An older one simply fetches each chunk as it asks.
      polyfill: false,
      // The entry and a page's code are fetched all at once, their imports beside them (the
      // entry's from index.html, so that Vue's own chunk is not found only once the entry has
      // been parsed). What loads after the first screen (the learner's record, the picker, the
      // results) fetches its own imports as it runs: every preload link costs the main thread a
      // few milliseconds, at the worst moment on a slow phone, for code that is in no hurry.
      resolveDependencies: (imported, deps, { hostType }) =>
        hostType === 'html' || pages.isPage(imported) ? deps : [],
    },
  },
  server: { port: 5173 },
  test: {
    // Some tests run the command-line tools in a child process; a busy 2-core machine is slow.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'components',
          include: ['tests/components/**/*.test.ts'],
          environment: 'happy-dom',
          setupFiles: ['tests/components/setup.ts'],
        },
      },
    ],
  },
})

/**
 * The service worker is written when the bundle closes, even after a failed build, and its
 * error ("nothing to precache") would then hide the real one, such as a teacher's broken bank.
 */
function afterGoodBuildsOnly(plugins: Plugin[]): Plugin[] {
  let failed = false
  const watch: Plugin = {
    name: 'factline:failed-build',
    buildStart: () => void (failed = false),
    buildEnd: (error) => void (failed = failed || error !== undefined),
  }
  return [
    watch,
    ...plugins.map((plugin) => {
      const hook = plugin.closeBundle
      if (!hook) return plugin
      const handler = (typeof hook === 'function' ? hook : hook.handler) as (
        this: unknown,
      ) => unknown
      const guarded = function (this: unknown) {
        return failed ? undefined : handler.call(this)
      }
      return {
        ...plugin,
        closeBundle: (typeof hook === 'function'
          ? guarded
          : { ...hook, handler: guarded }) as Plugin['closeBundle'],
      }
    }),
  ]
}
