/**
 * The interface's languages. Pure: read at start-up before Vue, and by tests. Their names, the
 * picker's options, are in names.ts: the picker loads after the first screen.
 */
export const LANGUAGE_CODES = ['en', 'fr', 'es', 'ko', 'ar'] as const

export type Language = (typeof LANGUAGE_CODES)[number]

export const isLanguage = (value: unknown): value is Language =>
  LANGUAGE_CODES.includes(value as Language)

/** The primary language subtag of a BCP 47 tag, lower case: "fr-CA" → "fr". */
export const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0] ?? ''

/**
 * The learner's own choice if they made one, else the first of the browser's languages the
 * interface speaks (a browser set to Canadian French gets French), else English.
 */
export function preferredLanguage(saved: unknown, browser: readonly string[]): Language {
  if (isLanguage(saved)) return saved
  for (const tag of browser) {
    const code = primary(tag)
    if (isLanguage(code)) return code
  }
  return 'en'
}
