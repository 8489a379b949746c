import { describe, expect, it, vi } from 'vitest'
import { composeQuiz } from '@/domain/quiz'
import { sampleBank } from '../fixtures/sample-bank'

describe('the grader, loaded after the first screen', () => {
  it('is not needed to show a question, and a check made before it is in waits for it', async () => {
    // Fresh modules: the setup file has loaded the grader for every other test.
    vi.resetModules()
    const { grader } = await import('@/stores/grader')
    const { useRun } = await import('@/stores/run')
    expect(grader()).toBeUndefined()

    const [question] = composeQuiz([sampleBank], { n: 1, seed: 'grader' })
    const run = useRun()
    run.start([question!], 0)
    expect(run.current.value?.id).toBe(question!.id)
    run.check({ type: 'single', choice: `right-${question!.id.slice(2)}` }, 1_000)
    // Nothing graded yet, and no second grade when the learner presses again meanwhile.
    expect(run.currentGrade.value).toBeUndefined()
    run.check({ type: 'single', choice: 'something else' }, 1_100)
    await vi.waitFor(() => expect(run.currentGrade.value?.verdict).toBe('correct'))
    expect(grader()).toBeDefined()
    expect(run.answers.value[0]).toEqual({
      type: 'single',
      choice: `right-${question!.id.slice(2)}`,
    })
  })
})
