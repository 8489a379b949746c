import { z } from 'zod/mini'

/**
 * A schema that is built the first time it checks something, not when its module loads. Building
 * zod schemas is a long task on a slow phone, right after the first question appears, and a first
 * visit has nothing stored to check; a returning learner pays for the schemas their data needs.
 */
export const schemaOnFirstUse = <T extends z.ZodMiniType>(build: () => T) => z.lazy(build)
