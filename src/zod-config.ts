// Classic zod, set to parse without eval first (src/zod-jitless.ts explains why).
import './zod-jitless.ts'
import * as z from 'zod'

export * from 'zod'
export { z, z as default }
