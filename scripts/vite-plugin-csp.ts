import { resolve } from 'node:path'
import type { Plugin } from 'vite'

/**
 * What the Content-Security-Policy of index.html needs from the build:
 * - every `import 'zod'` of the app gets src/zod-config.ts, which turns off zod's eval;
 * - the dev server, whose hot reload injects `<style>` elements, is allowed inline styles.
 *   Only `vite` serving gets that; every build keeps the strict policy.
 */
export function contentSecurityPolicy(): Plugin[] {
  let configuredZod = ''
  return [
    {
      name: 'factline:zod-without-eval',
      enforce: 'pre',
      configResolved: (config) => void (configuredZod = resolve(config.root, 'src/zod-config.ts')),
      resolveId(source, importer) {
        if (source === 'zod' && importer?.split('?')[0] !== configuredZod) return configuredZod
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
