import { shallowRef } from 'vue'
import { primary } from './languages'

/**
 * The BCP 47 tag numbers, dates and durations are written in (format.ts): the interface language,
 * in the browser's region when the browser speaks that language (docs/decisions.md).
 */
export const formatLocale = shallowRef<string>('en')

/**
 * The format locale for an interface `language`: the first of the browser's tags in that language
 * ('en-GB' for 'en' and ['en-GB', 'fr']), else the language itself. A tag Intl would refuse is
 * passed over, so a strange browser setting cannot break a page's numbers.
 */
export function regionalTag(language: string, browserLanguages: readonly string[]): string {
  for (const tag of browserLanguages) {
    if (primary(tag) !== primary(language)) continue
    const canonical = wellFormed(tag)
    if (canonical) return canonical
  }
  return language
}

function wellFormed(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0]
  } catch {
    return undefined
  }
}
