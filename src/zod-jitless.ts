import { config } from 'zod/v4/core'

/*
 * Zod as the app gets it, classic or mini: told never to compile parsers with `new Function`. The
 * page's Content-Security-Policy forbids eval, and classic zod probes for it when an object schema
 * is first built; Chromium reports even that caught probe as a violation. Zod mini's objects don't
 * compile parsers (zod 4.6), but the setting is one global of zod's core, shared by both: making
 * it for mini too keeps the policy from resting on that detail. Importing this module first from
 * main.ts is not enough: a shared chunk with the schemas runs before the entry's own code, so the
 * build resolves every `import 'zod'` of the app to src/zod-config.ts and every
 * `import 'zod/mini'` to src/zod-mini.ts (scripts/vite-plugin-csp.ts), and each imports this
 * module before zod: the setting is made before any schema exists, whatever the chunks. It needs
 * only zod's core, so the chunks of zod mini never carry classic zod.
 */
config({ jitless: true })
