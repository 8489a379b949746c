import { afterEach, describe, expect, it, vi } from 'vitest'

// The app runs under a Content-Security-Policy without 'unsafe-eval'. Zod reaches for
// `new Function` to compile its parsers unless told not to; src/zod-jitless.ts tells it, and the
// build hands every `import 'zod/mini'` src/zod-mini.ts, which imports it first
// (scripts/vite-plugin-csp.ts), as here.
const RealFunction = globalThis.Function
afterEach(() => {
  globalThis.Function = RealFunction
})

/** Replaces the global Function with one that records every call before passing it on. */
function watchFunction(): unknown[][] {
  const calls: unknown[][] = []
  globalThis.Function = new Proxy(RealFunction, {
    apply: (target, self, args: unknown[]) => (calls.push(args), Reflect.apply(target, self, args)),
    construct: (target, args: unknown[]) => (calls.push(args), Reflect.construct(target, args)),
  })
  return calls
}

describe('zod as the app imports it', () => {
  it('(the watch sees code made from a string)', () => {
    const calls = watchFunction()
    expect(new Function('return 1 + 1')()).toBe(2)
    expect(calls).toEqual([['return 1 + 1']])
  })

  it('builds and parses object schemas, the bank schema included, without making code', async () => {
    const calls = watchFunction()
    const { z } = await import('zod/mini')
    const schema = z.object({ id: z.string(), paragraph: z.number() })
    for (let i = 1; i <= 3; i++) expect(schema.parse({ id: 'a', paragraph: i }).paragraph).toBe(i)
    const { SourceSchema } = await import('@/domain/bank/schema')
    const source = { headline: 'A headline', publisher: 'Quartz', date: '2018-09-20' }
    expect(SourceSchema.parse(source)).toEqual(source)
    expect(calls).toEqual([])
  })

  it('is configured to parse without eval', async () => {
    const { config } = await import('zod/v4/core')
    config({ jitless: false })
    vi.resetModules()
    const { z } = await import('zod/mini')
    expect(z.config().jitless).toBe(true)
  })

  it('builds and parses the stored-data schemas without making code', async () => {
    const calls = watchFunction()
    const { AttemptSchema } = await import('@/domain/attempts')
    const { LockoutSchema } = await import('@/domain/kiosk/lockout')
    const attempt = {
      id: 'a',
      at: 1,
      bank: 'korea',
      question: 'q1',
      facts: ['f1'],
      type: 'single',
      answer: { type: 'single', choice: 'b' },
      credit: 1,
      seconds: 4,
      context: 'quiz',
    }
    expect(AttemptSchema.parse(attempt)).toEqual(attempt)
    expect(LockoutSchema.parse({ wrong: 1, lockedUntil: null })).toEqual({
      wrong: 1,
      lockedUntil: null,
    })
    expect(calls).toEqual([])
  })
})
