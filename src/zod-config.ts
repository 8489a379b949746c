import * as z from 'zod'

/*
 * Zod as the app gets it: told never to compile parsers with `new Function`. The page's
 * Content-Security-Policy forbids eval, and zod probes for it when an object schema is first
 * built; Chromium reports even that caught probe as a violation. Importing this module first from
 * main.ts is not enough: a shared chunk with the schemas runs before the entry's own code, so the
 * build resolves every `import 'zod'` of the app to this module (scripts/vite-plugin-csp.ts), and
 * the setting is made before any schema exists, whatever the chunks.
 */
z.config({ jitless: true })

export * from 'zod'
export { z, z as default }
