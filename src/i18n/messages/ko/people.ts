import { count, plural } from '../../plural'
import type { PeopleMessages } from '../en/people'

/**
 * Korean, as in first.ts: 해요체 for sentences, short noun phrases for buttons and labels; no
 * particle after an inserted value. Whoever uses the device is a 학습자; the record, 학습 기록.
 */
const peoplePart: PeopleMessages = {
  people: {
    me: '나',
    open: (name: string) => `학습자: ${name}. 학습자 바꾸기`,
    title: '누가 학습하나요?',
    intro: '이 기기의 학습자마다 학습 기록이 따로 있어요. 비밀번호는 없어요.',
    learningNow: '(학습 중)',
    newName: '새 학습자 이름',
    add: '학습자 추가',
    elsewhere: '학습자의 이름 바꾸기와 삭제는 학습 현황 페이지에서 할 수 있어요.',
    close: '닫기',
  },
  peopleName: {
    empty: '이름을 입력해 주세요.',
    tooLong: (most: number) =>
      plural(most, { other: `이름은 최대 ${count(most)}자까지 쓸 수 있어요.` }),
    taken: (name: string) => `이 기기에 이미 같은 이름이 있어요: ${name}`,
  },
  peopleUpdate: {
    ready: 'Factline의 새 버전이 준비됐어요. 업데이트를 누르면 새 버전으로 시작해요.',
    update: '업데이트',
  },
  peopleNotice: {
    notKept:
      '이 브라우저에서는 Factline이 학습 기록을 저장할 수 없어요(저장소가 꺼져 있어요). 탭을 닫으면 기록이 사라져요.',
    full: '브라우저 저장 공간이 가득 차서 최근 답이 저장되지 않을 수 있어요. 이전 학습 기록은 안전해요. 공간을 확보하거나 학습 기록을 내보내 주세요.',
    damaged: (answers: number) =>
      plural(answers, {
        other: `저장된 답 ${count(answers)}개가 손상되어 읽을 수 없었어요. 사본을 따로 보관했고, 나머지 학습 기록은 그대로 있어요.`,
      }),
  },
  peopleImport: {
    notProgress: '이 파일은 Factline 학습 기록 파일이 아니에요.',
    newer: '이 학습 기록 파일은 더 새로운 버전의 Factline에서 만들어졌어요.',
    damaged: '이 학습 기록 파일이 손상되어 읽을 수 없어요.',
    allDamaged: '이 학습 기록 파일의 답을 하나도 읽을 수 없어요.',
    tooLarge: '이 학습 기록 파일은 너무 커서 읽을 수 없어요.',
    empty: '빈 파일이에요.',
    unreadable: '파일을 읽을 수 없어요.',
    notStored: '브라우저가 가져온 학습 기록을 저장하지 못했어요. 바뀐 것은 없어요.',
  },
}

export default peoplePart
