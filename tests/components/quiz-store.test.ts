import 'fake-indexeddb/auto'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { useQuizStore } from '@/stores/quiz'

vi.mock('virtual:factline/bank-loader', () => import('../fixtures/sample-banks-module'))

beforeEach(() => {
  setActivePinia(createPinia())
  sessionStorage.clear()
})

describe('the quiz store opening a quiz from its URL', () => {
  it('loads the banks the URL names and starts the quiz it asks for', async () => {
    const quiz = useQuizStore()
    await quiz.open({ bank: 'sample', n: '4', topics: 'one' }, 'seed-a')
    expect(quiz.state).toBe('ready')
    expect(quiz.title).toBe('Quiz: Sample bank')
    expect(quiz.questions).toHaveLength(4)
    expect(quiz.request.params).toMatchObject({ n: 4, seed: 'seed-a', topics: ['one'] })
    expect(quiz.shareUrl).toBe(
      `${window.location.origin}/quiz?bank=sample&n=4&seed=seed-a&topics=one`,
    )
  })

  it('takes the first bank when the URL names none', async () => {
    const quiz = useQuizStore()
    await quiz.open({}, 'seed-b')
    expect(quiz.bankIds).toEqual(['sample'])
    expect(quiz.state).toBe('ready')
  })

  it('says which banks do not exist, and when no question matches', async () => {
    const quiz = useQuizStore()
    await quiz.open({ bank: 'sample,gone' }, 'seed-c')
    expect(quiz.state).toBe('missing')
    expect(quiz.missing).toEqual(['gone'])
    await quiz.open({ bank: 'sample', topics: 'no-such-topic' }, 'seed-c')
    expect(quiz.state).toBe('empty')
  })

  it('shows only the latest quiz asked for, and none once the page is left', async () => {
    const quiz = useQuizStore()
    const older = quiz.open({ bank: 'sample', n: '2' }, 'older')
    await quiz.open({ bank: 'sample', n: '3' }, 'newer')
    await older
    expect(quiz.request.params.seed).toBe('newer')
    expect(quiz.questions).toHaveLength(3)

    const left = quiz.open({ bank: 'sample', n: '5' }, 'left')
    quiz.close()
    await left
    expect(quiz.request.params.seed).toBe('newer')
  })
})
