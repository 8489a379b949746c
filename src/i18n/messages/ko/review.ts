import { count } from '../../plural'
import type { ReviewMessages } from '../en/review'

/**
 * Korean, as in first.ts: 해요체 for sentences, short noun phrases for buttons and labels; no
 * particle after an inserted value. A lesson is 학습, as in lesson.ts.
 */
const reviewPart: ReviewMessages = {
  review: {
    loading: '복습할 내용을 찾고 있어요…',
    reviewed: (done: number, right: number) =>
      `문제 ${count(done)}개를 복습했고, 그중 ${count(right)}개를 맞혔어요.`,
    nothingDue: '지금은 복습할 사실이 없어요',
    rightNow: '.',
    nextDue: (when: string) => `다음 사실은 ${when}에 복습하러 돌아와요.`,
    empty: {
      before: '먼저 ',
      link: '학습이나 퀴즈',
      after:
        '에서 문제를 풀어 보세요. 잊어버리기 직전에 Factline이 각 사실을 여기로 다시 가져와요.',
    },
    position: (fact: number, facts: number) => `복습할 사실 ${count(fact)}/${count(facts)}`,
  },
}

export default reviewPart
