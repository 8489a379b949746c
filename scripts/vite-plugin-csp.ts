import { resolve } from 'node:path'
import type { Plugin } from 'vite'

/**
 * What the Content-Security-Policy of index.html needs from the build:
 * - every `import 'zod/mini'` of the app gets src/zod-mini.ts, which turns off zod's eval before
 *   zod loads (src/zod-jitless.ts);
 * - the dev server, whose hot reload injects `<style>` elements, is allowed inline styles.
 *   Only `vite` serving gets that; every build keeps the strict policy.
 */
export function contentSecurityPolicy(
  /** Where src/zod-mini.ts is, for a build whose root is not the project's (a course package). */
  zodMini?: string,
): Plugin[] {
  let configuredZod = ''
  return [
    {
      name: 'factline:zod-without-eval',
      enforce: 'pre',
      configResolved: (config) =>
        void (configuredZod = zodMini ?? resolve(config.root, 'src/zod-mini.ts')),
      resolveId(source, importer) {
        // The wrapper's own import gets the real zod.
        if (source === 'zod/mini' && importer?.split('?')[0] !== configuredZod) return configuredZod
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
