import type { SingleQuestion } from './bank/index.ts'

/** What a learner gave for one question; one shape per question type. */
export type Answer = { type: 'single'; choice: string | null }

export type Verdict = 'correct' | 'partial' | 'incorrect'

export interface Grade {
  /** 0 to 1; only 1 counts as a correct answer, the percentage adds up partial credit. */
  credit: number
  verdict: Verdict
}

export function verdictFor(credit: number): Verdict {
  if (credit >= 1) return 'correct'
  return credit > 0 ? 'partial' : 'incorrect'
}

export function gradeSingle(question: Pick<SingleQuestion, 'answer'>, answer: Answer): Grade {
  const credit = answer.choice === question.answer ? 1 : 0
  return { credit, verdict: verdictFor(credit) }
}

export function gradeAnswer(question: SingleQuestion, answer: Answer): Grade {
  switch (question.type) {
    case 'single':
      return gradeSingle(question, answer)
  }
}

/** The text a learner reads as "the right answer" in feedback and results. */
export function rightAnswerText(question: SingleQuestion): string {
  return question.answer
}

export function answerText(answer: Answer | undefined): string {
  return answer?.choice ?? '(no answer)'
}

export interface QuizScore {
  /** Answers that earned full credit. */
  correct: number
  total: number
  /** Partial credit counted, rounded to a whole percent. */
  percent: number
}

export function scoreQuiz(grades: readonly (Grade | undefined)[]): QuizScore {
  const total = grades.length
  const correct = grades.filter((g) => g?.verdict === 'correct').length
  const credit = grades.reduce((sum, g) => sum + (g?.credit ?? 0), 0)
  return { correct, total, percent: total === 0 ? 0 : Math.round((credit / total) * 100) }
}
