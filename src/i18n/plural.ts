/**
 * A message's plural forms, picked with the interface language's rules (Arabic has six forms,
 * Korean one). No Vue here: every catalogue file imports this, and a catalogue that pulled in Vue
 * would make the bundler split Vue's core into a chunk of its own, which costs the first question.
 */
export type PluralForms<T> = Partial<Record<Intl.LDMLPluralRule, T>> & { other: T }

let rules: Intl.PluralRules | undefined
let counts: Intl.NumberFormat | undefined
let rulesLanguage = 'en'

/** Called by the catalogue when the interface language (or its region) changes. */
export function setPluralLanguage(tag: string) {
  if (tag !== rulesLanguage) [rules, counts] = [undefined, undefined]
  rulesLanguage = tag
}

export function plural<T>(count: number, forms: PluralForms<T>): T {
  // Built on first use: the locale data is not read until a message needs it.
  rules ??= new Intl.PluralRules(rulesLanguage)
  return forms[rules.select(count)] ?? forms.other
}

/** A count as the interface language writes it: 28,000 in English, 28 000 in French. */
export function count(value: number): string {
  counts ??= new Intl.NumberFormat(rulesLanguage)
  return counts.format(value)
}

/**
 * A text set apart in its own direction (Unicode's first-strong isolate, FSI … PDI): a Latin
 * bank title inside an Arabic sentence keeps its full stop where it belongs.
 */
export const isolated = (text: string) => `\u2068${text}\u2069`
