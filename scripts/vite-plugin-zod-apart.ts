import { dirname, resolve } from 'node:path'
import type { Plugin } from 'vite'

const COPY = '?zod-classic'

/**
 * In the build, classic zod (the question-bank schema, which only the studio runs on the page)
 * gets a copy of zod's core of its own, so the chunk of zod mini that a learner's pages load holds
 * only the core code zod mini uses. With one core shared by both, that chunk would carry
 * everything classic zod takes from the core as well, twice the code. The copy is the same files
 * under other ids: the real zod that src/zod-config.ts imports, and every file it imports in turn,
 * get a query mark. Both copies keep their settings (`jitless`) in one object on globalThis.
 * Runs after contentSecurityPolicy(), which hands src/zod-config.ts every `import 'zod'`.
 */
export function zodClassicApart(): Plugin {
  let classicWrapper = ''
  return {
    name: 'factline:zod-classic-apart',
    apply: 'build',
    enforce: 'pre',
    configResolved: (config) => void (classicWrapper = resolve(config.root, 'src/zod-config.ts')),
    async resolveId(source, importer) {
      if (importer === undefined) return undefined
      const from = importer.split('?')[0]!
      if (source === 'zod' && from === classicWrapper) {
        const real = await this.resolve(source, importer, { skipSelf: true })
        return real && { ...real, id: real.id + COPY }
      }
      // Zod's own files import each other by relative path only.
      if (importer.endsWith(COPY) && source.startsWith('.'))
        return resolve(dirname(from), source) + COPY
      return undefined
    },
  }
}
