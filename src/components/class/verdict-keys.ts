import type { ItemVerdict } from '@/domain/class-report/item-analysis'

/** Each verdict's key in the catalogue (`t.class.questions.verdicts`, `t.class.details.verdicts`). */
export const VERDICT_KEYS = {
  'too-few': 'tooFew',
  'check-key': 'checkKey',
  'too-easy': 'tooEasy',
  'too-hard': 'tooHard',
  weak: 'weak',
  good: 'good',
} as const satisfies Record<ItemVerdict, string>
