import { count, plural } from '../../plural'
import type { ProgressMessages } from '../en/progress'

/**
 * Korean, as in first.ts: 해요체 for sentences, short noun phrases for buttons and labels; no
 * particle after an inserted value. An appeal is 이의 신청, as in feedback.ts.
 */
const progressPart: ProgressMessages = {
  progress: {
    learner: (name: string) => `학습자: ${name}`,
    loading: '학습 기록을 불러오고 있어요…',
    appeals: '내 이의 신청',
    days: (days: number) => plural(days, { other: `최근 ${count(days)}일` }),
  },
  progressSummary: {
    answers: (answers: number) => plural(answers, { other: '개 답변' }),
    accuracy: ' 정답률',
    streak: (days: number) => plural(days, { other: '일 연속 학습' }),
    time: ' 학습',
    none: {
      before: '아직 답한 문제가 없어요. ',
      link: '학습이나 퀴즈',
      after: '로 시작해 보세요. 학습 기록은 이 브라우저에 저장돼요.',
    },
  },
  progressTopics: {
    topic: '주제',
    factsMet: '만난 사실',
    mastery: '숙달도',
    masteryHint: '(일주일 뒤 기억할 가능성)',
    accuracy: '정답률',
    met: (met: number, facts: number) => `${count(met)}/${count(facts)}`,
    note: '숙달도: 일주일 뒤에도 주제의 사실을 기억하고 있을 가능성이에요.',
  },
  progressWeak: {
    title: '더 연습할 사실',
    lately: (share: string) => `(최근 정답률 ${share})`,
    practise: '이 사실 연습하기',
  },
  progressAppeals: {
    answer: (answer: string) => `내 답: ${answer}`,
    none: '이의 신청이 없어요. 틀렸다고 채점된 답을 인정받아야 한다고 생각하면 피드백 아래의 “내 답도 인정해 주세요”를 눌러 주세요. 선생님이 볼 수 있도록 여기에 보관돼요.',
  },
  progressChart: {
    title: (days: number, answers: number) =>
      `최근 ${count(days)}일 동안의 하루 답변 수: 모두 ${count(answers)}개. 날짜별 기록은 아래 표에 있어요.`,
    caption: (top: string) => `막대: 하루 답변 수. 점: 그날의 정답률(맨 위가 ${top}).`,
    table: '날짜별 답변 수와 정답률',
    day: '날짜',
    answers: '답변 수',
    accuracy: '정답률',
  },
  progressLearner: {
    title: '학습자',
    name: '이름',
    save: '이름 저장',
    renamed: (name: string) => `새 이름: ${name}`,
    remove: '이 학습자 삭제',
    confirmRemove: (name: string) =>
      `학습자 ${name}의 이름과 기록을 이 기기에서 삭제할까요? 이 학습자가 여기에 저장한 답이 모두 지워져요. 사본을 보관하려면 먼저 학습 기록을 내보내 주세요.`,
    removed: (name: string) => `이 기기에서 학습자를 삭제했어요: ${name}`,
    notRemoved: (name: string) => `브라우저가 학습자를 삭제하지 못했어요: ${name}`,
  },
  progressData: {
    title: '내 데이터',
    intro: '답은 이 브라우저에 저장돼요. 내보내면 사본을 보관하거나 다른 기기로 옮길 수 있어요.',
    export: '학습 기록 내보내기',
    import: '학습 기록 가져오기',
    reset: '학습 기록 초기화',
    confirmReset: (name: string) =>
      `학습 기록을 초기화할까요? 학습자 ${name}의 답 중 이 브라우저에 저장된 것이 모두 지워져요. 사본을 보관하려면 먼저 학습 기록을 내보내 주세요.`,
    exported: (answers: number) =>
      plural(answers, { other: `답 ${count(answers)}개를 내보냈어요.` }),
    imported: (added: number) => plural(added, { other: `새 답 ${count(added)}개를 가져왔어요.` }),
    importedLeftOut: (added: number, dropped: number) =>
      `새 답 ${count(added)}개를 가져왔어요(손상된 답 ${count(dropped)}개는 제외했어요).`,
    notImported: (why: string) => `아무것도 가져오지 않았어요: ${why}`,
    wasReset: '학습 기록을 초기화했어요.',
    notReset: '브라우저가 학습 기록을 초기화하지 못했어요.',
  },
}

export default progressPart
