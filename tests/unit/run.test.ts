import { describe, expect, it } from 'vitest'
import type { Answer } from '@/domain/answers'
import { gradeAnswer } from '@/domain/grading'
import { composeQuiz, type QuizQuestion } from '@/domain/quiz'
import {
  appealAnswer,
  checkAnswer,
  currentAppeal,
  currentGrade,
  currentQuestion,
  draftAnswer,
  isFinished,
  keepAttempt,
  nextQuestion,
  startRun,
  wrongQuestions,
  type RunState,
} from '@/domain/run'
import { sampleBank } from '../fixtures/sample-bank'

const questions = composeQuiz([sampleBank], { n: 3, seed: 'run' })
const right = (q: QuizQuestion | undefined): Answer => ({
  type: 'single',
  choice: q?.type === 'single' ? q.answer : null,
})
const wrong: Answer = { type: 'single', choice: 'no such option' }

/** Checks the current question with `answer`, keeps it as `attempt`, and goes on at `now`. */
const answerAndGoOn = (run: RunState, answer: Answer, now: number, attempt = `a${run.index}`) =>
  nextQuestion(keepAttempt(checkAnswer(run, answer, gradeAnswer), attempt), now)

describe('a run', () => {
  it('starts at the first question with nothing answered, its clock at the time given', () => {
    const run = startRun(questions, 1_000)
    expect(currentQuestion(run)).toBe(questions[0])
    expect(run).toMatchObject({ index: 0, startedAt: 1_000, shownAt: 1_000 })
    expect(run.finishedAt).toBeUndefined()
    expect(run.answers).toEqual([undefined, undefined, undefined])
    expect(currentGrade(run)).toBeUndefined()
    expect(isFinished(run)).toBe(false)
    expect(isFinished(startRun([], 0))).toBe(false)
  })

  it('keeps a draft until the answer is checked, then no more', () => {
    const drafted = draftAnswer(startRun(questions, 0), wrong)
    expect(drafted.answers[0]).toEqual(wrong)
    const checked = checkAnswer(drafted, right(questions[0]), gradeAnswer)
    expect(draftAnswer(checked, wrong)).toBe(checked)
  })

  it('grades an answer once: a second check does nothing', () => {
    const checked = checkAnswer(startRun(questions, 0), right(questions[0]), gradeAnswer)
    expect(currentGrade(checked)).toMatchObject({ verdict: 'correct', credit: 1 })
    expect(checked.answers[0]).toEqual(right(questions[0]))
    expect(checkAnswer(checked, wrong, gradeAnswer)).toBe(checked)
  })

  it('does not go on without a verdict', () => {
    const run = startRun(questions, 0)
    expect(nextQuestion(run, 5_000)).toBe(run)
  })

  it('goes on after a verdict, the next question shown at the time of Next', () => {
    const run = nextQuestion(checkAnswer(startRun(questions, 0), wrong, gradeAnswer), 5_000)
    expect(run).toMatchObject({ index: 1, shownAt: 5_000 })
    expect(currentQuestion(run)).toBe(questions[1])
  })

  it('is over after the last question, at the time of its Next', () => {
    let run = startRun(questions, 0)
    run = answerAndGoOn(run, right(questions[0]), 1_000)
    run = answerAndGoOn(run, wrong, 2_000)
    expect(run.finishedAt).toBeUndefined()
    run = answerAndGoOn(run, right(questions[2]), 3_000)
    expect(isFinished(run)).toBe(true)
    expect(run).toMatchObject({ index: 3, startedAt: 0, finishedAt: 3_000 })
    expect(currentQuestion(run)).toBeUndefined()
    expect(nextQuestion(run, 4_000)).toBe(run)
  })

  it('gives the questions not answered with full credit, to retry', () => {
    let run = startRun(questions, 0)
    run = answerAndGoOn(run, right(questions[0]), 1_000)
    run = answerAndGoOn(run, wrong, 2_000)
    run = answerAndGoOn(run, right(questions[2]), 3_000)
    expect(wrongQuestions(run)).toEqual([questions[1]])
    const retry = startRun(wrongQuestions(run), 4_000)
    expect(retry).toMatchObject({ questions: [questions[1]], index: 0, startedAt: 4_000 })
  })

  it('never changes the run it was given', () => {
    const run = startRun(questions, 0)
    const copy = structuredClone(run)
    answerAndGoOn(draftAnswer(run, wrong), wrong, 1_000)
    expect(run).toEqual(copy)
  })
})

describe('an appeal', () => {
  const checked = (answer: Answer) => checkAnswer(startRun(questions, 0), answer, gradeAnswer)

  it('is open only after a verdict other than Correct on an answer the page kept', () => {
    expect(currentAppeal(startRun(questions, 0))).toBeUndefined()
    expect(currentAppeal(checked(wrong))).toBeUndefined() // not kept: a studio draft
    expect(currentAppeal(keepAttempt(checked(right(questions[0])), 'a1'))).toBeUndefined()
    expect(currentAppeal(keepAttempt(checked(wrong), 'a1'))).toBe('open')
    const unchecked = startRun(questions, 0)
    expect(keepAttempt(unchecked, 'a1')).toBe(unchecked)
  })

  it('is kept once, and leaves the verdict as it was', () => {
    const run = keepAttempt(checked(wrong), 'a1')
    const appealed = appealAnswer(run)
    expect(currentAppeal(appealed)).toBe('kept')
    expect(appealed.grades).toBe(run.grades)
    expect(appealAnswer(appealed)).toBe(appealed)
  })

  it('does nothing on a right answer, an answer not kept, or before the check', () => {
    const right0 = keepAttempt(checked(right(questions[0])), 'a1')
    expect(appealAnswer(right0)).toBe(right0)
    const notKept = checked(wrong)
    expect(appealAnswer(notKept)).toBe(notKept)
    const fresh = startRun(questions, 0)
    expect(appealAnswer(fresh)).toBe(fresh)
  })

  it('belongs to its question: the next one starts with none', () => {
    const run = nextQuestion(appealAnswer(keepAttempt(checked(wrong), 'a1')), 1_000)
    expect(currentAppeal(run)).toBeUndefined()
    expect(run.appealed).toEqual([true, false, false])
  })
})

describe('a run picked up again', () => {
  it('takes what was kept, nulls as nothing, and restarts the clock of the question on screen', () => {
    const grade = { credit: 0, verdict: 'incorrect' as const }
    const run = startRun(questions, 9_000, {
      answers: [wrong, null],
      grades: [grade, null],
      attemptIds: ['a0'],
      appealed: [true],
      index: 1,
      startedAt: 1_000,
      finishedAt: null,
    })
    expect(run).toMatchObject({
      answers: [wrong, undefined, undefined],
      grades: [grade, undefined, undefined],
      attemptIds: ['a0', undefined, undefined],
      appealed: [true, false, false],
      index: 1,
      startedAt: 1_000,
      shownAt: 9_000,
    })
    expect(run.finishedAt).toBeUndefined()
  })

  it('never points past the end of fewer questions', () => {
    expect(startRun(questions.slice(0, 1), 0, { index: 5 }).index).toBe(1)
  })
})
