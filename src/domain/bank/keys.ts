import type { z } from 'zod/mini'
import { editDistance } from '../text.ts'
import type { DataPath } from './source.ts'

interface Def {
  type: string
  shape?: Record<string, z.ZodMiniType>
  innerType?: z.ZodMiniType
  element?: z.ZodMiniType
  options?: z.ZodMiniType[]
  in?: z.ZodMiniType
}
const def = (schema: z.ZodMiniType) => (schema as unknown as { _zod: { def: Def } })._zod.def

/** The keys the schema allows for the mapping at `path` of `data` (for "did you mean"). */
export function allowedKeys(schema: z.ZodMiniType, data: unknown, path: DataPath): string[] {
  let current: z.ZodMiniType | undefined = schema
  let value: unknown = data
  let i = 0
  while (current) {
    const d = def(current)
    if (d.type === 'optional' || d.type === 'default' || d.type === 'nullable')
      current = d.innerType
    else if (d.type === 'pipe') current = d.in
    else if (d.type === 'union') {
      const type =
        value && typeof value === 'object' ? (value as { type?: unknown }).type : undefined
      current = d.options?.find((option) => {
        const literal = def(option).shape?.type
        return (
          literal &&
          (
            literal as unknown as { _zod: { def: { values: unknown[] } } }
          )._zod.def.values?.includes(type)
        )
      })
    } else if (i === path.length) {
      return d.type === 'object' ? Object.keys(d.shape ?? {}) : []
    } else if (d.type === 'object') {
      const key = String(path[i++])
      current = d.shape?.[key]
      value = (value as Record<string, unknown> | undefined)?.[key]
    } else if (d.type === 'array') {
      current = d.element
      value = (value as unknown[] | undefined)?.[Number(path[i++])]
    } else return []
  }
  return []
}

/** The candidate nearest to `name` by edit distance, if it is near enough to be a typo. */
export function closest(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1
  for (const candidate of candidates) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase())
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}
