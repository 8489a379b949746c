import type { Attempt } from './attempts.ts'
import type { Bank } from './bank/index.ts'
import { composeQuiz, questionPool, type QuizQuestion } from './quiz.ts'
import { createRandom, shuffle } from './random.ts'
import type { FactCard } from './schedule.ts'

/**
 * A question for reviewing one fact: a different one from the question last asked on it where
 * the bank has one, so the learner recalls the fact rather than the question.
 */
export function reviewQuestion(
  bank: Bank,
  fact: string,
  lastQuestion: string | undefined,
  seed: string,
): QuizQuestion | undefined {
  const onFact = questionPool(bank).filter((q) => q.facts.includes(fact))
  const others = onFact.filter((q) => q.id !== lastQuestion)
  const [choice] = shuffle(
    others.length > 0 ? others : onFact,
    createRandom(`${seed}/${bank.id}/${fact}`),
  )
  if (!choice) return undefined
  return composeQuiz([bank], {
    n: 1,
    seed: `${seed}/${fact}`,
    keys: [`${bank.id}/${choice.id}`],
  })[0]
}

/**
 * A round of review: a question on each fact due, in the order given; a fact whose bank or
 * questions are gone is left out. Each avoids the question last asked on its fact, counting the
 * questions earlier in the round (answered by then) after the learner's `attempts`, oldest first.
 */
export function reviewRound(
  due: readonly FactCard[],
  banks: readonly Bank[],
  attempts: readonly Pick<Attempt, 'bank' | 'facts' | 'question'>[],
  seed: string,
): QuizQuestion[] {
  /** The question last asked on each fact, by the fact's key (`bank/fact`). */
  const lastAsked = new Map<string, string>()
  const ask = (bank: string, question: string, facts: readonly string[]) => {
    for (const fact of facts) lastAsked.set(`${bank}/${fact}`, question)
  }
  for (const attempt of attempts) ask(attempt.bank, attempt.question, attempt.facts)
  const round: QuizQuestion[] = []
  for (const card of due) {
    const bank = banks.find((b) => b.id === card.bank)
    const last = lastAsked.get(`${card.bank}/${card.fact}`)
    const question = bank && reviewQuestion(bank, card.fact, last, `${seed}/${card.lastAttemptAt}`)
    if (!question) continue
    round.push(question)
    ask(card.bank, question.id, question.facts)
  }
  return round
}
