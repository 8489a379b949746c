import { count } from '../../plural'
import type { ResultsMessages } from '../en/results'

/**
 * Korean, as in first.ts: 해요체 for sentences, short noun phrases for buttons and labels; no
 * particle after an inserted value. A school's LMS course is 강좌.
 */
const resultsPart: ResultsMessages = {
  results: {
    title: '결과',
    correct: (correct: number, total: number) =>
      `${count(total)}문제 중 ${count(correct)}문제 정답`,
    time: (duration: string) => `걸린 시간: ${duration}`,
    retryWrong: '틀린 문제 다시 풀기',
    newQuiz: '새 퀴즈',
    print: '인쇄',
    worksheet: '학습지 인쇄',
    nothingToRetry: '모두 맞았어요. 다시 풀 문제가 없어요.',
    share: '이 퀴즈 공유',
    copy: '링크 복사',
    copied: '링크를 복사했어요.',
    copyBlocked: '여기서는 복사가 막혀 있어요. 링크를 선택해서 직접 복사하세요.',
    byTopic: '주제별 결과',
    columns: { topic: '주제', correct: '맞힌 문제', score: '점수' },
    topicCorrect: (correct: number, total: number) =>
      `${count(total)}문제 중 ${count(correct)}문제`,
    answers: '내 답',
    verdict: { correct: '맞았어요.', partial: '일부 맞았어요.', incorrect: '틀렸어요.' },
    yourAnswer: '내 답:',
    noAnswer: '(답 없음)',
    rightAnswer: '정답:',
    answerKey: '정답지',
    nextStudent: '다음 학생',
  },
  resultsCourse: {
    title: (bank: string) => `${bank}: 퀴즈`,
    untitled: 'Factline 퀴즈',
    notConnected: '강좌에 연결되어 있지 않아요. 결과가 전송되지 않아요.',
    review: '다시 보기 모드예요. 여기서 하는 활동은 기록되지 않아요.',
    browse: '둘러보기 모드예요. 답이 채점되지 않아요.',
    missing: '퀴즈를 찾을 수 없어요',
    missingHow:
      '이 패키지에는 퀴즈가 없어요. npm run questions:export 명령으로 다시 내보내 주세요.',
    empty: '이 퀴즈에는 문제가 없어요.',
    done: '이미 끝낸 퀴즈예요. 결과는 강좌에 저장되어 있어요.',
    backToCourse: '강좌로 돌아가기',
    refused: (what: string) =>
      `강좌 시스템이 다음 값을 받지 않았어요: ${what}. 답은 계속 저장되고 있어요. 이 문제가 계속되면 선생님께 알려 주세요.`,
    unreachable: (why: string) => `강좌에 연결할 수 없어요(${why}). 결과가 전송되지 않아요.`,
    changed: '지난번 방문 이후 퀴즈가 바뀌어서 처음부터 다시 시작해요.',
  },
}

export default resultsPart
