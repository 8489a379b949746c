import { count } from '../../plural'
import type { FirstMessages } from '../en/first'

/**
 * Korean. Sentences are in 해요체, the polite speech school apps use with students; buttons and
 * labels are short noun phrases (정답 확인, 다음 문제). School words: 문제 은행, 빈칸, 학습지. No
 * particle follows an inserted value, since 을/를 and 이/가 depend on its last sound.
 */
const first: FirstMessages = {
  app: {
    skip: '본문 바로가기',
    dismiss: '닫기',
    home: 'Factline 홈',
    main: '주 메뉴',
    language: '언어',
    nav: { home: '홈', review: '복습', progress: '학습 현황', author: '문제 만들기' },
    page: (title: string) => `${title} · Factline`,
  },
  quiz: {
    title: '퀴즈',
    named: (bank: string) => `퀴즈: ${bank}`,
    progress: '퀴즈 진행 상황',
    loading: '퀴즈를 불러오고 있어요…',
  },
  question: {
    name: (number: number, total: number) => `${count(total)}문제 중 ${count(number)}번째`,
    answerFirst: '먼저 답한 다음 정답을 확인하세요.',
    check: '정답 확인',
    next: '다음 문제',
    results: '결과 보기',
    chooseOne: '알맞은 것을 하나 고르세요',
    chooseAll: '알맞은 것을 모두 고르세요',
    yourChoice: '내가 고른 답',
    rightAnswer: '정답',
    yourAnswer: '내 답',
    true: '참',
    false: '거짓',
    choose: '선택…',
    blank: (number: number) => `빈칸 ${count(number)}`,
    orderList: '내가 정한 순서',
    moveUp: (item: string) => `${item} 위로 이동`,
    moveDown: (item: string) => `${item} 아래로 이동`,
    moved: (item: string, position: number, total: number) =>
      `${item}: ${count(total)}개 중 ${count(position)}번째로 옮겼어요`,
  },
}

export default first
