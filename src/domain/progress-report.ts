import { factKey, type Attempt } from './attempts.ts'
import type { Bank } from './bank/index.ts'
import {
  progressByTopic,
  statsOf,
  streak,
  totalSeconds,
  weakestFacts,
  type TopicProgress,
  type WeakFact,
} from './progress.ts'
import { questionPool } from './quiz.ts'
import { retrievability, type FactCard } from './schedule.ts'

/**
 * The progress page's figures, from the learner's attempts, the banks they name and the FSRS
 * schedule. As in progress.ts, kiosk attempts are left out, and `now` and the time zone offset
 * (as `Date#getTimezoneOffset()` gives it) come in as arguments.
 */

/** The schedule's card of each fact met, by `factKey` (the progress store's `schedule`). */
export interface FactCards {
  get(key: string): FactCard | undefined
}

export interface ProgressTotals {
  answers: number
  /** Mean credit, 0 to 1. */
  accuracy: number
  /** Local days in a row with an answer (see `streak`). */
  streak: number
  /** Minutes spent answering, rounded. */
  minutes: number
}

export interface TopicMasteryRow extends TopicProgress {
  /** Mean recall a week from now of the topic's facts met, 0 to 1; 0 with none met. */
  mastery: number
}

export interface FactToPractise extends WeakFact {
  /** The fact as its bank states it, in the bank's language. */
  text: string
  language: string
  /** The query of a quiz on every question that tests the fact: `/quiz?bank=…&n=…&keys=…`. */
  practise: { bank: string; n: string; keys: string }
}

/** Mastery looks a week ahead: what a learner still recalls then is learnt, not just seen. */
export const MASTERY_AHEAD_MS = 7 * 86_400_000

/** The figures at the top of the page: answers, accuracy, streak and time. */
export function progressTotals(
  attempts: readonly Attempt[],
  now: number,
  timeZoneOffsetMinutes: number,
): ProgressTotals {
  const { answers, accuracy } = statsOf(attempts)
  return {
    answers,
    accuracy,
    streak: streak(attempts, now, timeZoneOffsetMinutes),
    minutes: Math.round(totalSeconds(attempts) / 60),
  }
}

/**
 * Each topic of `bank` as `progressByTopic` gives it, with its mastery: the mean FSRS
 * retrievability at `now + MASTERY_AHEAD_MS` of the topic's facts that have a card in `cards`.
 */
export function masteryByTopic(
  bank: Bank,
  attempts: readonly Attempt[],
  cards: FactCards,
  now: number,
): TopicMasteryRow[] {
  return progressByTopic(bank, attempts).map((topic) => {
    const met = bank.facts.flatMap((fact) => {
      const card = fact.topic === topic.topic ? cards.get(factKey(bank.id, fact.id)) : undefined
      return card ? [card] : []
    })
    const recall = met.reduce((sum, card) => sum + retrievability(card, now + MASTERY_AHEAD_MS), 0)
    return { ...topic, mastery: met.length ? recall / met.length : 0 }
  })
}

/**
 * The `limit` weakest facts (`weakestFacts`), each with its text and a quiz on it. A fact
 * whose bank is not among `banks`, or which its bank no longer has, is left out, not replaced.
 */
export function factsToPractise(
  attempts: readonly Attempt[],
  banks: readonly Bank[],
  limit: number,
): FactToPractise[] {
  return weakestFacts(attempts, limit).flatMap((weak) => {
    const bank = banks.find((b) => b.id === weak.bank)
    const fact = bank?.facts.find((f) => f.id === weak.fact)
    if (!bank || !fact) return []
    const keys = questionPool(bank)
      .filter((q) => q.facts.includes(fact.id))
      .map((q) => `${bank.id}/${q.id}`)
    return [
      {
        ...weak,
        text: fact.text,
        language: bank.language,
        practise: { bank: bank.id, n: String(keys.length), keys: keys.join(',') },
      },
    ]
  })
}
