import type { Bank, Fact, Question, Source, Topic } from './bank/index.ts'
import type { Grade } from './answers.ts'
import { composeQuiz, questionPool, type QuizQuestion } from './quiz.ts'
import { createRandom, shuffle } from './random.ts'

/** How many questions the quiz at the end of a lesson has. */
export const LESSON_QUIZ_LENGTH = 5

export type LessonStep =
  | { kind: 'intro'; id: 'intro' }
  | { kind: 'facts'; id: string; facts: Fact[] }
  | { kind: 'check'; id: string; question: QuizQuestion; retryOf?: string }
  | { kind: 'quiz'; id: string; question: QuizQuestion; number: number; total: number }
  | { kind: 'complete'; id: 'complete' }
export type QuestionStep = Extract<LessonStep, { kind: 'check' | 'quiz' }>

export const isQuestionStep = (step: LessonStep | undefined): step is QuestionStep =>
  step?.kind === 'check' || step?.kind === 'quiz'

export interface Lesson {
  bankId: string
  bankTitle: string
  bankSummary?: string
  /** The language the bank's texts are written in: its `lang` where the interface's differs. */
  language: string
  source?: Source
  topic: Topic & { order: number }
  nextTopic?: Topic & { order: number }
  /** The steps before any retrieval practice is added (see lessonPath). */
  steps: LessonStep[]
}

/** 7 facts → 3, 2, 2: groups of two or three, never a lonely card when it can be helped. */
export function groupSizes(count: number): number[] {
  if (count <= 3) return count > 0 ? [count] : []
  const groups = Math.ceil(count / 3)
  return Array.from(
    { length: groups },
    (_, i) => Math.floor(count / groups) + (i < count % groups ? 1 : 0),
  )
}

const present = (bank: Bank, question: Question, seed: string): QuizQuestion => {
  const [presented] = composeQuiz([bank], { n: 1, seed, keys: [`${bank.id}/${question.id}`] })
  if (!presented) throw new Error(`question ${question.id} is not in bank ${bank.id}`)
  return presented
}

/**
 * The lesson for one topic: its introduction; its facts as cards, two or three at a time, each
 * group followed by a check question on those facts (the teacher's where one exists, generated
 * otherwise); a short quiz seeded by the lesson; and the end. A bank without facts (GIFT) gets
 * its topic's questions as checks. Same bank and topic, same lesson.
 */
export function buildLesson(bank: Bank, topicId: string): Lesson | undefined {
  const topicIndex = bank.topics.findIndex((t) => t.id === topicId)
  const topic = bank.topics[topicIndex]
  if (!topic) return undefined
  const seed = `lesson/${bank.id}/${topic.id}`
  const random = createRandom(seed)
  const pool = questionPool(bank).filter((q) => q.topic === topic.id)
  const handWritten = pool.filter((q) => !q.generated)
  const used = new Set<string>()
  const steps: LessonStep[] = [{ kind: 'intro', id: 'intro' }]

  const pickCheck = (factIds: Set<string>): Question | undefined => {
    const fresh = (q: Question) => !used.has(q.id)
    const within = (q: Question) => q.facts.length > 0 && q.facts.every((f) => factIds.has(f))
    const touches = (q: Question) => q.facts.some((f) => factIds.has(f))
    for (const candidates of [
      handWritten.filter((q) => fresh(q) && within(q)),
      handWritten.filter((q) => fresh(q) && touches(q)),
      pool.filter((q) => fresh(q) && q.generated && touches(q)),
    ]) {
      const [choice] = shuffle(candidates, random)
      if (choice) return choice
    }
    return undefined
  }
  const addCheck = (question: Question) => {
    used.add(question.id)
    const id = `check-${question.id}`
    steps.push({ kind: 'check', id, question: present(bank, question, `${seed}/${id}`) })
  }

  const facts = bank.facts.filter((f) => f.topic === topic.id)
  if (facts.length > 0) {
    let start = 0
    groupSizes(facts.length).forEach((size, i) => {
      const group = facts.slice(start, start + size)
      start += size
      steps.push({ kind: 'facts', id: `facts-${i + 1}`, facts: group })
      const check = pickCheck(new Set(group.map((f) => f.id)))
      if (check) addCheck(check)
    })
  } else {
    for (const question of shuffle(handWritten, random).slice(0, 3)) addCheck(question)
  }

  // The lesson quiz prefers questions the checks did not already ask.
  const unused = pool.filter((q) => !used.has(q.id))
  const quizPool = unused.length >= LESSON_QUIZ_LENGTH ? unused : pool
  const quiz = composeQuiz([bank], {
    n: LESSON_QUIZ_LENGTH,
    seed: `${seed}/quiz`,
    keys: quizPool.map((q) => `${bank.id}/${q.id}`),
  })
  quiz.forEach((question, i) =>
    steps.push({ kind: 'quiz', id: `quiz-${i + 1}`, question, number: i + 1, total: quiz.length }),
  )
  steps.push({ kind: 'complete', id: 'complete' })

  const nextTopic = bank.topics[topicIndex + 1]
  return {
    bankId: bank.id,
    bankTitle: bank.title,
    ...(bank.summary ? { bankSummary: bank.summary } : {}),
    language: bank.language,
    ...(bank.source ? { source: bank.source } : {}),
    topic,
    ...(nextTopic ? { nextTopic } : {}),
    steps,
  }
}

/**
 * The lesson as the learner walks it: every check question answered wrong the first time comes
 * back once, after the next check question (or just before the quiz), re-shuffled.
 */
export function lessonPath(lesson: Lesson, wrongChecks: readonly string[]): LessonStep[] {
  const path = lesson.steps.slice()
  for (const checkId of wrongChecks) {
    const at = path.findIndex((s) => s.id === checkId)
    const original = path[at]
    if (at === -1 || original?.kind !== 'check' || original.retryOf) continue
    const retryId = `${checkId}-again`
    if (path.some((s) => s.id === retryId)) continue
    const later = path.findIndex((s, i) => i > at && s.kind === 'check' && !s.retryOf)
    const beforeQuiz = path.findIndex((s) => s.kind === 'quiz' || s.kind === 'complete')
    const insertAt = later !== -1 ? later + 1 : beforeQuiz
    const question = { ...original.question, shown: reshuffle(original.question, retryId) }
    path.splice(insertAt, 0, { kind: 'check', id: retryId, question, retryOf: checkId })
  }
  return path
}

function reshuffle(question: QuizQuestion, seed: string): QuizQuestion['shown'] {
  const random = createRandom(seed)
  const { shown } = question
  return {
    ...shown,
    ...(shown.options ? { options: shuffle(shown.options, random) } : {}),
    ...(shown.choices ? { choices: shuffle(shown.choices, random) } : {}),
    ...(shown.segments
      ? {
          segments: shown.segments.map((s) =>
            typeof s !== 'string' && s.options ? { ...s, options: shuffle(s.options, random) } : s,
          ),
        }
      : {}),
  }
}

export interface LessonScore {
  correct: number
  total: number
  percent: number
}

/** The lesson's score: its quiz, partial credit counted in the percentage. */
export function scoreLesson(
  lesson: Lesson,
  grades: Readonly<Record<string, Grade | undefined>>,
): LessonScore {
  const quiz = lesson.steps.filter((s) => s.kind === 'quiz')
  const credits = quiz.map((s) => grades[s.id]?.credit ?? 0)
  const total = quiz.length
  return {
    correct: credits.filter((c) => c >= 1).length,
    total,
    percent: total === 0 ? 100 : Math.round((credits.reduce((a, b) => a + b, 0) / total) * 100),
  }
}
