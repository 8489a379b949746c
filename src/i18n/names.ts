import type { Language } from './languages'

/** Each interface language in its own name: the `Language` picker's options. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ko: '한국어',
  ar: 'العربية',
}
