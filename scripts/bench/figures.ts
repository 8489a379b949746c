/** One measured figure of `npm run bench`. */
export interface Figure {
  name: string
  /** A median over several runs. */
  value: number
  /** `×` for a ratio of two figures. */
  unit: 'ms' | 'KB' | 'MB' | '×'
  /** The most it may be, where the product has a budget. */
  budget?: number
  note?: string
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}
