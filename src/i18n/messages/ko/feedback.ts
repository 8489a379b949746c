import { plural } from '../../plural'
import type { FeedbackMessages } from '../en/feedback'

/**
 * Korean, as in first.ts: 해요체 for sentences, short noun phrases for buttons and labels; no
 * particle after an inserted value. School words: 문단, 이의 신청.
 */
const feedback: FeedbackMessages = {
  feedback: {
    verdict: { correct: '맞았어요', partial: '일부 맞았어요', incorrect: '틀렸어요' },
    spelling: '거의 맞았어요. 맞춤법을 확인해 보세요.',
    unit: '거의 맞았어요. 숫자 뒤에 단위를 붙여 주세요.',
    rightAnswer: '정답:',
    matchKey: (right: string) => `정답: ${right}`,
    source: '출처:',
    // Korean has one form: "3문단" and "2, 3문단" alike.
    paragraphs: (list: string, how: number) => plural(how, { other: `${list}문단, ` }),
    appealKept: '이의 신청이 접수됐어요.',
    appealSeen: '선생님이 볼 수 있어요. 점수는 그대로예요.',
    appeal: '내 답도 인정해 주세요',
  },
}

export default feedback
