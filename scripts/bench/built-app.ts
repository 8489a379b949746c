// The production build served the way a static host serves it, for the parts of the bench that
// measure what a user's browser does with the real app.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, preview } from 'vite'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/**
 * Builds the app into a temporary folder, serves it, runs `measure` with its address and the
 * folder served (a part may add a page of its own to it), cleans up.
 */
export async function withBuiltApp<T>(
  measure: (base: string, outDir: string) => Promise<T>,
): Promise<T> {
  const outDir = await mkdtemp(join(tmpdir(), 'factline-bench-'))
  let server: Awaited<ReturnType<typeof preview>> | undefined
  try {
    // The progress part's dev server sets NODE_ENV=development for the whole process, and a build
    // after it would then bundle Vue's development code: twice the bytes, and slower.
    const nodeEnv = process.env.NODE_ENV
    process.env.NODE_ENV = 'production'
    try {
      await build({
        root: ROOT,
        mode: 'production',
        logLevel: 'warn',
        // Rolldown's notice about slow plugins is about build time, which the bench does not measure.
        build: {
          outDir,
          emptyOutDir: true,
          rolldownOptions: { checks: { bundlerTimings: false } },
        },
      })
    } finally {
      if (nodeEnv === undefined) delete process.env.NODE_ENV
      else process.env.NODE_ENV = nodeEnv
    }
    server = await preview({
      root: ROOT,
      logLevel: 'warn',
      preview: { host: '127.0.0.1', port: 0, strictPort: false },
      build: { outDir },
    })
    const address = server.httpServer.address()
    const port = typeof address === 'object' && address ? address.port : 0
    if (!port) throw new Error('The preview server did not say which port it listens on.')
    return await measure(`http://127.0.0.1:${port}`, outDir)
  } finally {
    await server?.close()
    await rm(outDir, { recursive: true, force: true })
  }
}
