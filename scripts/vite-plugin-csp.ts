import { resolve } from 'node:path'
import type { Plugin } from 'vite'

/**
 * What the Content-Security-Policy of index.html needs from the build:
 * - every `import 'zod'` of the app gets src/zod-config.ts, and every `import 'zod/mini'`
 *   src/zod-mini.ts: both turn off zod's eval before zod loads (src/zod-jitless.ts);
 * - the dev server, whose hot reload injects `<style>` elements, is allowed inline styles.
 *   Only `vite` serving gets that; every build keeps the strict policy.
 */
export function contentSecurityPolicy(): Plugin[] {
  const configured = new Map<string, string>()
  return [
    {
      name: 'factline:zod-without-eval',
      enforce: 'pre',
      configResolved(config) {
        configured.set('zod', resolve(config.root, 'src/zod-config.ts'))
        configured.set('zod/mini', resolve(config.root, 'src/zod-mini.ts'))
      },
      resolveId(source, importer) {
        const wrapper = configured.get(source)
        // The wrapper's own import gets the real zod.
        if (wrapper && importer?.split('?')[0] !== wrapper) return wrapper
      },
    },
    {
      name: 'factline:csp-dev-server',
      apply: 'serve',
      transformIndexHtml: (html) =>
        html.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';"),
    },
  ]
}
