import { shallowReactive, shallowRef } from 'vue'
import type { AuthorMessages } from './messages/en/author'
import type { ClassMessages } from './messages/en/class'
import type { FeedbackMessages } from './messages/en/feedback'
import type { FirstMessages } from './messages/en/first'
import type { HomeMessages } from './messages/en/home'
import type { KioskMessages } from './messages/en/kiosk'
import type { LessonMessages } from './messages/en/lesson'
import type { PagesMessages } from './messages/en/pages'
import type { PeopleMessages } from './messages/en/people'
import type { PrintMessages } from './messages/en/print'
import type { ProgressMessages } from './messages/en/progress'
import type { ResultsMessages } from './messages/en/results'
import type { ReviewMessages } from './messages/en/review'
import type { Language } from './languages'
import { formatLocale } from './locale'
import { setPluralLanguage } from './plural'

/**
 * The interface's messages in the learner's language. Every language, English too, is a chunk of
 * its own (messages/<language>/<part>.ts), so that no language's words ride in the app's entry:
 * the `first` part (the header and a question) loads with the page, beside its bank; the others
 * load with the page that needs them, and a change of language goes through catalogue.ts, which
 * the picker loads. Components read `t.question.check` in their templates and re-render when the
 * language changes, since `t`'s sections are swapped whole.
 */
export type Messages = FirstMessages &
  FeedbackMessages &
  PagesMessages &
  PeopleMessages &
  HomeMessages &
  LessonMessages &
  ReviewMessages &
  ProgressMessages &
  ResultsMessages &
  KioskMessages &
  ClassMessages &
  PrintMessages &
  AuthorMessages
/** A file of each language's catalogue (messages/<language>/<part>.ts): its top-level sections are its own. */
export type Part =
  | 'first'
  | 'feedback'
  | 'pages'
  | 'people'
  | 'home'
  | 'lesson'
  | 'review'
  | 'progress'
  | 'results'
  | 'kiosk'
  | 'class'
  | 'print'
  | 'author'
export type Sections = Partial<Messages>

/** The loaded sections of the catalogue. The router loads a page's part before showing it. */
export const t = shallowReactive({}) as Messages

const current = shallowRef<Language>('en')
/** The interface language: what `html lang` says. Reactive: a template that reads it re-renders. */
export const interfaceLanguage = () => current.value

/** The parts of the catalogue the page has, in the interface language. */
export const loadedParts = new Set<Part>()

/**
 * Puts a language's parts in place at once, so that a page never shows two languages. A new
 * language comes with the tag its numbers and dates are written in (locale.ts).
 */
export function applyLanguage(
  code: Language,
  parts: Part[],
  sections: Sections[],
  formatTag?: string,
) {
  current.value = code
  if (formatTag) {
    setPluralLanguage(formatTag)
    formatLocale.value = formatTag
  }
  for (const [i, part] of parts.entries()) {
    Object.assign(t, sections[i])
    loadedParts.add(part)
  }
  const html = document.documentElement
  html.lang = code
  // Arabic is the interface's one language written right to left.
  html.dir = code === 'ar' ? 'rtl' : 'ltr'
}

const firstParts = import.meta.glob<Sections>('./messages/*/first.ts', { import: 'default' })

/** The start-up's words: the first part in `code`. */
export async function startIn(code: Language, formatTag: string) {
  const load = firstParts[`./messages/${code}/first.ts`]
  if (!load) throw new Error(`No messages for ${code}`)
  applyLanguage(code, ['first'], [await load()], formatTag)
}

/** A page's code with the parts of the catalogue it speaks: what the router loads for a route. */
export function withWords<T>(page: () => Promise<T>, ...parts: Part[]): () => Promise<T> {
  return () =>
    Promise.all([page(), import('./catalogue').then(({ loadParts }) => loadParts(...parts))]).then(
      ([module]) => module,
    )
}
