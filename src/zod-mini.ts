// Zod mini, set to parse without eval first (src/zod-jitless.ts explains why).
import './zod-jitless.ts'

export * from 'zod/mini'
