import { describe, expect, it } from 'vitest'
import {
  buildLesson,
  groupSizes,
  LESSON_QUIZ_LENGTH,
  lessonPath,
  scoreLesson,
  type LessonStep,
} from '@/domain/lesson'
import { bankAt, compileLocation } from '../../scripts/bank-files'

const korea = compileLocation(bankAt('questions/korea-2018'), process.cwd()).bank!
const gift = compileLocation(bankAt('tests/fixtures/e2e/water-cycle.gift'), process.cwd()).bank!
const kinds = (steps: LessonStep[]) => steps.map((s) => s.kind)

describe('groupSizes', () => {
  it('makes groups of two or three cards', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(groupSizes)).toEqual([
      [1],
      [2],
      [3],
      [2, 2],
      [3, 2],
      [3, 3],
      [3, 2, 2],
      [3, 3, 2],
    ])
    expect(groupSizes(0)).toEqual([])
  })
})

describe('buildLesson', () => {
  it('gives every topic of korea-2018 a lesson: intro, cards with checks, a 5-question quiz, the end', () => {
    for (const topic of korea.topics) {
      const lesson = buildLesson(korea, topic.id)!
      const steps = kinds(lesson.steps)
      expect(steps[0]).toBe('intro')
      expect(steps.at(-1)).toBe('complete')
      expect(steps.filter((k) => k === 'quiz')).toHaveLength(LESSON_QUIZ_LENGTH)
      const cards = lesson.steps.flatMap((s) => (s.kind === 'facts' ? s.facts : []))
      expect(cards.map((f) => f.id)).toEqual(
        korea.facts.filter((f) => f.topic === topic.id).map((f) => f.id),
      )
      for (const step of lesson.steps)
        if (step.kind === 'facts') expect(step.facts.length).toBeLessThanOrEqual(3)
    }
  })

  it('follows each group of cards with a check question on those facts', () => {
    const lesson = buildLesson(korea, 'war-and-armistice')!
    lesson.steps.forEach((step, i) => {
      if (step.kind !== 'check') return
      const group = lesson.steps[i - 1]
      expect(group?.kind).toBe('facts')
      const factIds = new Set(group?.kind === 'facts' ? group.facts.map((f) => f.id) : [])
      expect(step.question.facts.some((f) => factIds.has(f))).toBe(true)
    })
    expect(lesson.steps.some((s) => s.kind === 'check')).toBe(true)
  })

  it('asks no lesson-quiz question that a check already asked, when the topic has enough', () => {
    const lesson = buildLesson(korea, 'nuclear-doubts')!
    const checks = new Set(lesson.steps.flatMap((s) => (s.kind === 'check' ? [s.question.id] : [])))
    const quiz = lesson.steps.flatMap((s) => (s.kind === 'quiz' ? [s.question.id] : []))
    expect(quiz.filter((id) => checks.has(id))).toEqual([])
  })

  it('is the same lesson every time, and knows the next lesson', () => {
    expect(buildLesson(korea, 'troops-and-china')).toEqual(buildLesson(korea, 'troops-and-china'))
    expect(buildLesson(korea, 'war-and-armistice')?.nextTopic?.id).toBe(korea.topics[1]?.id)
    expect(buildLesson(korea, korea.topics.at(-1)!.id)?.nextTopic).toBeUndefined()
    expect(buildLesson(korea, 'no-such-topic')).toBeUndefined()
  })

  it('gives a GIFT bank one lesson per category, with its questions as checks', () => {
    expect(gift.topics.map((t) => t.title)).toEqual(['Evaporation', 'Rain and numbers'])
    for (const topic of gift.topics) {
      const lesson = buildLesson(gift, topic.id)!
      expect(kinds(lesson.steps)[0]).toBe('intro')
      expect(lesson.steps.filter((s) => s.kind === 'check').length).toBeGreaterThan(0)
      expect(lesson.steps.some((s) => s.kind === 'facts')).toBe(false)
    }
    expect(buildLesson(gift, gift.topics[0]!.id)?.topic.summary).toMatch(/sun warms the oceans/)
  })
})

describe('lessonPath', () => {
  const lesson = buildLesson(korea, 'war-and-armistice')!
  const checks = lesson.steps.filter((s) => s.kind === 'check')

  it('brings a check question answered wrong back once, after the next check', () => {
    const [first, second] = checks
    const path = lessonPath(lesson, [first!.id])
    const retryAt = path.findIndex((s) => s.id === `${first!.id}-again`)
    expect(retryAt).toBe(path.findIndex((s) => s.id === second!.id) + 1)
    const retry = path[retryAt]
    expect(retry?.kind === 'check' && retry.retryOf).toBe(first!.id)
    expect(retry?.kind === 'check' && retry.question.id).toBe(
      first!.kind === 'check' && first!.question.id,
    )
    expect(lessonPath(lesson, [first!.id, first!.id]).length).toBe(path.length)
  })

  it('puts the last check question back just before the lesson quiz', () => {
    const last = checks.at(-1)!
    const path = lessonPath(lesson, [last.id])
    const retryAt = path.findIndex((s) => s.id === `${last.id}-again`)
    expect(path[retryAt + 1]?.kind).toBe('quiz')
  })

  it('offers a retried drop-down blank its choices again, all of them', () => {
    const bank = compileLocation(bankAt('tests/fixtures/e2e/cloze-kinds.yaml'), process.cwd()).bank!
    const withChoices = (step: LessonStep | undefined) =>
      step?.kind === 'check'
        ? (step.question.shown.segments ?? []).flatMap((s) =>
            typeof s !== 'string' && s.options ? [s.options] : [],
          )
        : []
    const lesson = buildLesson(bank, bank.topics[0]!.id)!
    const check = lesson.steps.find((s) => withChoices(s).length > 0)!
    const retry = lessonPath(lesson, [check.id]).find((s) => s.id === `${check.id}-again`)
    const [before, after] = [withChoices(check), withChoices(retry)]
    expect(after).toHaveLength(before.length)
    after.forEach((options, i) => expect([...options].sort()).toEqual([...before[i]!].sort()))
  })

  it('never brings a retry back again', () => {
    const [first] = checks
    const path = lessonPath(lesson, [first!.id, `${first!.id}-again`])
    expect(path.filter((s) => s.id.startsWith(first!.id))).toHaveLength(2)
  })
})

describe('scoreLesson', () => {
  it('scores the lesson quiz, partial credit in the percentage', () => {
    const lesson = buildLesson(korea, 'war-and-armistice')!
    const quiz = lesson.steps.filter((s) => s.kind === 'quiz')
    const grades = Object.fromEntries(
      quiz.map((s, i) => [
        s.id,
        i < 3 && s.kind === 'quiz'
          ? { credit: 1, verdict: 'correct' as const }
          : { credit: 0.5, verdict: 'partial' as const },
      ]),
    )
    expect(scoreLesson(lesson, grades)).toEqual({ correct: 3, total: 5, percent: 80 })
    expect(scoreLesson(lesson, {})).toEqual({ correct: 0, total: 5, percent: 0 })
  })
})
