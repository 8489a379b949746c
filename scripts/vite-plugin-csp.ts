import { resolve } from 'node:path'
import type { Plugin } from 'vite'
import { packageCsp } from '../src/domain/lms/manifests.ts'

/** The app's list of the LRS addresses the build allows (see `lrsOriginsOf`). */
const LRS_ORIGINS_ID = 'virtual:factline/lrs-origins'

/** An origin with its scheme (http or https), and a path if the LRS should be reached under one only. */
const LRS_ORIGIN = /^https?:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::\d{1,5})?(?:\/[^\s*;,'"<>]*)?$/i

/**
 * The origins of `FACTLINE_LRS_ORIGINS` (space- or comma-separated, as CSP writes sources), each
 * once, in the order given: the Learning Record Stores a kiosk built from here may send to. Only
 * origins with http:// or https:// are taken, never a wildcard or a scheme alone: the page says
 * "nothing is sent anywhere" but there. Throws on anything else, so a typo fails the build rather
 * than a teacher's first student.
 */
export function lrsOriginsOf(text: string | undefined): string[] {
  const origins = [...new Set((text ?? '').split(/[\s,]+/).filter(Boolean))]
  for (const origin of origins) {
    if (!LRS_ORIGIN.test(origin))
      throw new Error(
        `FACTLINE_LRS_ORIGINS takes origins such as https://lrs.district.org, each with http:// or https:// and no wildcard: "${origin}" is not one.`,
      )
  }
  return origins
}

/**
 * What the Content-Security-Policy of index.html needs from the build:
 * - every `import 'zod/mini'` of the app gets src/zod-mini.ts, which turns off zod's eval before
 *   zod loads (src/zod-jitless.ts);
 * - the dev server, whose hot reload injects `<style>` elements, is allowed inline styles.
 *   Only `vite` serving gets that; every build keeps the strict policy;
 * - `lrsOrigins` (FACTLINE_LRS_ORIGINS) join 'self' in `connect-src`, in builds and the dev
 *   server alike, and reach the app as `virtual:factline/lrs-origins`, so the kiosk's teacher
 *   panel refuses an LRS the policy would block. Without any, the page is left as written.
 */
export function contentSecurityPolicy(
  /** Where src/zod-mini.ts is, for a build whose root is not the project's (a course package). */
  zodMini?: string,
  /** FACTLINE_LRS_ORIGINS as set; a course package takes none (its export sets its own policy). */
  lrsOrigins?: string,
): Plugin[] {
  let configuredZod = ''
  const origins = lrsOriginsOf(lrsOrigins)
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
    {
      name: 'factline:lrs-origins',
      resolveId: (source) => (source === LRS_ORIGINS_ID ? `\0${LRS_ORIGINS_ID}` : undefined),
      load: (id) =>
        id === `\0${LRS_ORIGINS_ID}`
          ? `export const lrsOrigins = ${JSON.stringify(origins)}`
          : undefined,
      transformIndexHtml: (html) =>
        origins.length === 0 ? html : packageCsp(html, ["'self'", ...origins]),
    },
  ]
}
