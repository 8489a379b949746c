import { primary } from './languages'

// The languages written right to left in their usual script. A bank may be in any of them, not
// only in the interface's languages, so this is a list of its own.
const RIGHT_TO_LEFT = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'ks',
  'ps',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi',
])

/** The direction a language's text runs in: what `dir` says beside its `lang`. */
export function textDirection(tag: string): 'ltr' | 'rtl' {
  // A script subtag overrides the language's usual one: Azerbaijani in Arabic script, Kurdish in Latin.
  const script = tag.split(/[-_]/).find((part, i) => i > 0 && /^[a-z]{4}$/i.test(part))
  if (script) return /^(arab|hebr|thaa|syrc|nkoo|adlm|rohg)$/i.test(script) ? 'rtl' : 'ltr'
  return RIGHT_TO_LEFT.has(primary(tag)) ? 'rtl' : 'ltr'
}
