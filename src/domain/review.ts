import type { Bank } from './bank/index.ts'
import { composeQuiz, questionPool, type QuizQuestion } from './quiz.ts'
import { createRandom, shuffle } from './random.ts'

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
