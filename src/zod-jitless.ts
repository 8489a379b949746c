import { config } from 'zod/v4/core'

/*
 * Zod as the app gets it: told never to compile parsers with `new Function`. The page's
 * Content-Security-Policy forbids eval. Zod mini's objects don't compile parsers (zod 4.6), but
 * the setting keeps the policy from resting on that detail. Importing this module first from
 * main.ts is not enough: a shared chunk with the schemas runs before the entry's own code, so the
 * build resolves every `import 'zod/mini'` of the app to src/zod-mini.ts
 * (scripts/vite-plugin-csp.ts), which imports this module before zod: the setting is made before
 * any schema exists, whatever the chunks.
 */
config({ jitless: true })
