import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'
import { factlineBanks } from './scripts/vite-plugin-banks.ts'

export default defineConfig({
  plugins: [
    vue(),
    // FACTLINE_QUESTIONS=questions,../my-banks builds with more question folders than questions/.
    factlineBanks({
      dirs: (process.env.FACTLINE_QUESTIONS ?? 'questions').split(',').filter(Boolean),
    }),
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
