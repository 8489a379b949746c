import { count, plural } from '../../plural'
import type { HomeMessages } from '../en/home'

/**
 * Korean, as in first.ts: 해요체 for sentences, short noun phrases for buttons and labels; no
 * particle after an inserted value. A lesson is 학습, as in lesson.ts.
 */
const homePart: HomeMessages = {
  home: {
    lead: '뉴스 기사를 사실 하나하나 익혀요. 짧은 학습과 출처를 밝히는 퀴즈로 공부하고, 학습 기록은 이 브라우저에 저장돼요.',
    due: (facts: number) => plural(facts, { other: `복습할 사실 ${count(facts)}개` }),
    teachers: {
      before: '선생님은 ',
      studio: '문제 만들기',
      between: '에서 문제를 만들고, ',
      classReport: '학급 보고서',
      after: '에서 학급의 결과를 확인할 수 있어요.',
    },
  },
  homeBank: {
    lessons: '학습',
    complete: (score: string) => `완료, ${score}`,
    inProgress: '진행 중',
    notStarted: '시작 전',
    quiz: '퀴즈',
    questions: '문제 수',
    all: (questions: number) => `전체 ${count(questions)}문제`,
    start: '퀴즈 시작',
    worksheet: '학습지 인쇄',
    worksheetOf: (bank: string) => `학습지 인쇄: ${bank}`,
  },
  homeMissing: {
    nothing: '이 주소에는 아무것도 없어요.',
    back: '홈으로 돌아가기',
  },
}

export default homePart
