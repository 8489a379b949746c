import { describe, expect, it } from 'vitest'
import { answerText, gradeAnswer, scoreQuiz, verdictFor } from '@/domain/grading'
import type { SingleQuestion } from '@/domain/bank'
import { sampleBank } from '../fixtures/sample-bank'

const question = sampleBank.questions[0] as SingleQuestion

describe('gradeAnswer for single-choice questions', () => {
  it('gives full credit to the right option', () => {
    expect(gradeAnswer(question, { type: 'single', choice: 'right-a' })).toEqual({
      credit: 1,
      verdict: 'correct',
    })
  })

  it('gives nothing for a wrong option or no option', () => {
    expect(gradeAnswer(question, { type: 'single', choice: 'wrong-a-1' })).toEqual({
      credit: 0,
      verdict: 'incorrect',
    })
    expect(gradeAnswer(question, { type: 'single', choice: null })).toEqual({
      credit: 0,
      verdict: 'incorrect',
    })
  })

  it('does not accept an answer that merely differs in case or spacing from the option', () => {
    expect(gradeAnswer(question, { type: 'single', choice: 'Right-a ' }).credit).toBe(0)
  })
})

describe('scoreQuiz', () => {
  it('counts only full credit as correct and partial credit in the percentage', () => {
    const score = scoreQuiz([
      { credit: 1, verdict: 'correct' },
      { credit: 0.5, verdict: 'partial' },
      { credit: 0, verdict: 'incorrect' },
    ])
    expect(score).toEqual({ correct: 1, total: 3, percent: 50 })
  })

  it('treats unanswered questions as wrong and an empty quiz as 0%', () => {
    expect(scoreQuiz([{ credit: 1, verdict: 'correct' }, undefined])).toEqual({
      correct: 1,
      total: 2,
      percent: 50,
    })
    expect(scoreQuiz([])).toEqual({ correct: 0, total: 0, percent: 0 })
  })
})

describe('verdictFor and answerText', () => {
  it('names the verdict from the credit', () => {
    expect([1, 0.4, 0].map(verdictFor)).toEqual(['correct', 'partial', 'incorrect'])
  })

  it('shows a missing answer plainly', () => {
    expect(answerText(undefined)).toBe('(no answer)')
    expect(answerText({ type: 'single', choice: 'x' })).toBe('x')
  })
})
