// The languages written right to left in their usual script, and the right-to-left scripts. A
// bank may be in any of them, not only in the interface's languages, so this is a list of its own.
const RIGHT_TO_LEFT_LANGUAGE = /^(ar|arc|ckb|dv|fa|he|ks|ps|sd|syr|ug|ur|yi)([-_]|$)/i
const SCRIPT = /^[a-z]{2,3}[-_]([a-z]{4})([-_]|$)/i
const RIGHT_TO_LEFT_SCRIPT = /^(arab|hebr|thaa|syrc|nkoo|adlm|rohg)$/i

/** The direction a language's text runs in: what `dir` says beside its `lang`. */
export function textDirection(tag: string): 'ltr' | 'rtl' {
  // A script subtag overrides the language's usual one: Azerbaijani in Arabic script, Kurdish in Latin.
  const script = SCRIPT.exec(tag)?.[1]
  const rtl = script ? RIGHT_TO_LEFT_SCRIPT.test(script) : RIGHT_TO_LEFT_LANGUAGE.test(tag)
  return rtl ? 'rtl' : 'ltr'
}
