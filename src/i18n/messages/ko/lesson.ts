import { count } from '../../plural'
import type { LessonMessages } from '../en/lesson'

/**
 * Korean, as in first.ts: 해요체 for sentences, short noun phrases for buttons and labels; no
 * particle after an inserted value. A lesson is 학습, as on the page's title; its number 제N과.
 */
const lessonPart: LessonMessages = {
  lesson: {
    notFound: '학습을 찾을 수 없어요',
    noSuchLesson: '이 학습은 없어요.',
    chooseLesson: '홈에서 학습을 골라 주세요.',
    loading: '학습 내용을 불러오고 있어요…',
    number: (order: number) => `제${count(order)}과`,
    progress: '학습 진행 상황',
    step: (step: number, total: number) => `${count(total)}단계 중 ${count(step)}단계`,
    about: '이번 학습에서 배울 내용',
    whereFrom: '내용의 출처',
    bankSource: (bank: string) => `출처: 문제 은행 “${bank}”`,
    facts: (part: number, parts: number) => `핵심 내용 (${count(part)}/${count(parts)})`,
    paragraph: (number: number) => `${count(number)}문단`,
    back: '이전',
    next: '다음',
    kind: {
      quiz: '마무리 퀴즈',
      retry: '다시 풀기: 앞에서 틀린 문제예요',
      check: '방금 읽은 내용 확인',
    },
    complete: '학습 완료',
    correct: (correct: number, total: number) =>
      `${count(total)}문제 중 ${count(correct)}문제 정답`,
    nextLesson: (topic: string) => `다음 학습: ${topic}`,
    wholeBank: '문제 은행 전체 퀴즈',
    again: '이 학습 처음부터 다시 하기',
  },
}

export default lessonPart
