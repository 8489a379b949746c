import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { textDirection } from '@/i18n/direction'
import { LANGUAGE_CODES, type Language } from '@/i18n/languages'
import { count, setPluralLanguage, type PluralForms } from '@/i18n/plural'

// Every language's catalogue against the English one, part by part: a part added under
// messages/en/ is checked in every language without this file changing.

/** The forms each `plural()` call offered: what the translator wrote, not only what one count shows. */
const offered = vi.hoisted(() => [] as object[])
vi.mock('@/i18n/plural', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/i18n/plural')>()
  return {
    ...real,
    plural: <T>(value: number, forms: PluralForms<T>) => {
      offered.push(forms)
      return real.plural(value, forms)
    },
  }
})

const files = import.meta.glob<unknown>('/src/i18n/messages/*/*.ts', {
  import: 'default',
  eager: true,
})
const catalogue = new Map<string, Map<string, unknown>>()
for (const [file, messages] of Object.entries(files)) {
  const [, language = '', part = ''] = /\/messages\/([^/]+)\/([^/]+)\.ts$/.exec(file) ?? []
  catalogue.set(language, (catalogue.get(language) ?? new Map()).set(part, messages))
}
const english = catalogue.get('en') ?? new Map<string, unknown>()
const PARTS = [...english.keys()]
const CODES = LANGUAGE_CODES
const OTHERS = CODES.filter((code) => code !== 'en')

/** What every message with values is tried with: the counts that pick most plural forms, and a text. */
const SAMPLE_NUMBERS = [0, 1, 2, 3, 11, 100]
const SAMPLE_TEXT = 'X'
const FSI = '\u2068'
const PDI = '\u2069'

type Message = (...values: unknown[]) => unknown
type Group = { readonly [key: string]: unknown }

const isGroup = (value: unknown): value is Group =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const describeKind = (value: unknown) =>
  isGroup(value) ? 'a group of messages' : typeof value === 'function' ? 'a function' : typeof value

const at = (path: string, key: string) => (path ? `${path}.${key}` : key)

/** What a translation's key tree gets wrong against the English one, each with its key path. */
function shapeProblems(en: unknown, translated: unknown, path = ''): string[] {
  if (describeKind(en) !== describeKind(translated)) {
    return [`${path}: ${describeKind(en)} in English, ${describeKind(translated)} here`]
  }
  if (
    typeof en === 'function' &&
    typeof translated === 'function' &&
    en.length !== translated.length
  ) {
    return [`${path}: ${en.length} parameter(s) in English, ${translated.length} here`]
  }
  if (!isGroup(en) || !isGroup(translated)) return []
  return [
    ...Object.keys(en).flatMap((key) =>
      Object.hasOwn(translated, key)
        ? shapeProblems(en[key], translated[key], at(path, key))
        : [`missing ${at(path, key)}`],
    ),
    ...Object.keys(translated)
      .filter((key) => !Object.hasOwn(en, key))
      .map((key) => `extra ${at(path, key)}`),
  ]
}

/** Every message of a tree with its key path (`question.name`). */
function messagesOf(tree: unknown, path = ''): [string, unknown][] {
  if (!isGroup(tree)) return [[path, tree]]
  return Object.entries(tree).flatMap(([key, value]) => messagesOf(value, at(path, key)))
}

/** The English message at a key path. */
function englishAt(part: string, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((tree, key) => (isGroup(tree) ? tree[key] : undefined), english.get(part))
}

/** A marker for the value in position `i`, unlike any word of a message. */
const marker = (i: number) => `X${'abcdefgh'[i]}`

/**
 * Which of a message's values are texts: those the English message prints as they are. A number
 * goes through `count()` or `plural()`, and the marker turns into NaN there, or into nothing.
 */
function textValues(en: Message): boolean[] {
  const markers = Array.from({ length: en.length }, (_, i) => marker(i))
  const shown = String(en(...markers))
  return markers.map((m) => shown.includes(m))
}

/** A message's values: the sample text where English takes a text, the number `n` elsewhere. */
const sampleValues = (texts: boolean[], n: number) =>
  texts.map((isText) => (isText ? SAMPLE_TEXT : n))

/** A message's values, each its own: a marker for each text, `1234 + i` for each number. */
const markedValues = (texts: boolean[]) => texts.map((isText, i) => (isText ? marker(i) : 1234 + i))

/** One number of each plural category of a language (0, 1, 2, 3, 11 and 100 for Arabic). */
function categorySamples(language: string): Map<Intl.LDMLPluralRule, number> {
  const rules = new Intl.PluralRules(language)
  const candidates = [...Array.from({ length: 201 }, (_, i) => i), 1000, 1_000_000, 1.5]
  const samples = new Map<Intl.LDMLPluralRule, number>()
  for (const n of candidates) if (!samples.has(rules.select(n))) samples.set(rules.select(n), n)
  return samples
}

/**
 * What one `plural()` call's forms get wrong. Each category of the language has its own form, and
 * none it lacks (English's `one` copied into Korean). Forms that print the count are worded for
 * each category (Arabic's six, French's "1 000 000 de"); forms that only name the things (the
 * paragraphs of a citation) still tell one from two from more.
 */
function formsProblems(forms: object, categories: string[], shownCount: string): string[] {
  const keys = Object.keys(forms).sort()
  if (keys.join() !== [...categories].sort().join()) {
    return [`forms for ${keys.join(', ')}; the language has ${[...categories].sort().join(', ')}`]
  }
  const form = (category: string) => (forms as Record<string, unknown>)[category]
  const texts = categories.map(form)
  if (!texts.every((text) => typeof text === 'string')) return []
  const counted = texts.some((text) => (text as string).includes(shownCount))
  const distinct = counted
    ? categories
    : categories.filter((c) => ['one', 'two', 'other'].includes(c))
  return distinct.flatMap((c, i) =>
    distinct
      .slice(i + 1)
      .filter((d) => form(c) === form(d))
      .map((d) => `the ${c} and ${d} forms are both "${String(form(c))}"`),
  )
}

/** Each function message of a part with its English counterpart and which of its values are texts. */
function functionsOf(language: string, part: string) {
  return messagesOf(catalogue.get(language)?.get(part)).flatMap(([path, message]) => {
    const en = englishAt(part, path)
    if (typeof message !== 'function' || typeof en !== 'function') return []
    return [
      { path, message: message as Message, en: en as Message, texts: textValues(en as Message) },
    ]
  })
}

describe('the catalogue files', () => {
  it('has an English part to compare the others with', () => {
    expect(PARTS).toContain('first')
  })

  it('holds only the languages the picker offers', () => {
    expect([...catalogue.keys()].filter((code) => !CODES.includes(code as Language))).toEqual([])
  })

  it.each(OTHERS)('has every English part in %s', (language) => {
    expect([...(catalogue.get(language)?.keys() ?? [])].sort()).toEqual([...PARTS].sort())
  })
})

describe.each(CODES)('the %s catalogue', (language) => {
  const samples = categorySamples(language)
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories

  beforeEach(() => setPluralLanguage(language))
  afterAll(() => setPluralLanguage('en'))

  it('has a sample number for each of its plural categories', () => {
    expect([...samples.keys()].sort()).toEqual([...categories].sort())
  })

  it.each(PARTS)('%s: has the English keys, no more, each taking the same values', (part) => {
    expect(shapeProblems(english.get(part), catalogue.get(language)?.get(part))).toEqual([])
  })

  it.each(PARTS)('%s: has no empty message, whatever the values', (part) => {
    const plain = messagesOf(catalogue.get(language)?.get(part))
      .filter(([, message]) => typeof message !== 'function')
      .flatMap(([path, message]) =>
        typeof message === 'string' && message.trim() ? [] : [`${path} is empty or not a text`],
      )
    const filled = functionsOf(language, part).flatMap(({ path, message, texts }) =>
      SAMPLE_NUMBERS.flatMap((n) => {
        const shown = message(...sampleValues(texts, n))
        if (typeof shown !== 'string' || !shown.trim()) return [`${path} is empty for ${n}`]
        return /undefined|NaN|\[object/.test(shown) ? [`${path} shows "${shown}" for ${n}`] : []
      }),
    )
    expect([...plain, ...filled]).toEqual([])
  })

  it.each(PARTS)('%s: shows every value the English message shows', (part) => {
    const problems = functionsOf(language, part).flatMap(({ path, message, en, texts }) => {
      const values = markedValues(texts)
      setPluralLanguage('en')
      const inEnglish = String(en(...values))
      const englishCounts = values.map((v) => (typeof v === 'number' ? count(v) : v))
      setPluralLanguage(language)
      const shown = String(message(...values))
      return values.flatMap((value, i) => {
        if (!inEnglish.includes(englishCounts[i] as string)) return []
        const expected = typeof value === 'number' ? count(value) : value
        return shown.includes(expected) ? [] : [`${path} leaves out "${expected}": "${shown}"`]
      })
    })
    expect(problems).toEqual([])
  })

  it.each(PARTS)('%s: words each plural category of the language', (part) => {
    const problems = new Set<string>()
    for (const { path, message, texts } of functionsOf(language, part)) {
      for (const n of samples.values()) {
        offered.length = 0
        const shown = message(...sampleValues(texts, n))
        for (const forms of offered) {
          for (const problem of formsProblems(forms, categories, count(n))) {
            problems.add(`${path}: ${problem}`)
          }
        }
        if (offered.length > 0 && (typeof shown !== 'string' || !shown.trim())) {
          problems.add(`${path}: nothing shown for ${n}`)
        }
      }
    }
    expect([...problems]).toEqual([])
  })

  it('names the brand link with its visible text, Factline (WCAG 2.5.3)', () => {
    const first = catalogue.get(language)?.get('first')
    expect(isGroup(first) && isGroup(first.app) ? first.app.home : undefined).toContain('Factline')
  })
})

// Bank titles and items are often in Latin script: inside a right-to-left line, unisolated, their
// full stops and quotes would land on the wrong side.
describe.each(CODES.filter((code) => textDirection(code) === 'rtl'))(
  'the %s catalogue',
  (language) => {
    beforeEach(() => setPluralLanguage(language))
    afterAll(() => setPluralLanguage('en'))

    it.each(PARTS)('%s: isolates every text it inserts (FSI … PDI)', (part) => {
      const problems = functionsOf(language, part).flatMap(({ path, message, texts }) => {
        const shown = String(message(...markedValues(texts)))
        return texts.flatMap((isText, i) => {
          const bare = shown.replaceAll(`${FSI}${marker(i)}${PDI}`, '').includes(marker(i))
          return isText && bare
            ? [`${path} inserts ${marker(i)} without isolating it: "${shown}"`]
            : []
        })
      })
      expect(problems).toEqual([])
    })
  },
)
