import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import type { Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { defineConfig } from 'vitest/config'
import { factlineBanks } from './scripts/vite-plugin-banks.ts'

export default defineConfig({
  plugins: [
    vue(),
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
        manifest: false,
        workbox: {
          globPatterns: ['**/*.{js,css,html,svg,png,ico,txt,woff2}'],
          navigateFallback: 'index.html',
          maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        },
      }),
    ),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
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
