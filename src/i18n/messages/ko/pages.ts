import { plural } from '../../plural'
import type { PagesMessages } from '../en/pages'

const pages: PagesMessages = {
  titles: {
    lesson: '학습',
    review: '복습',
    progress: '학습 현황',
    kiosk: '키오스크',
    author: '문제 만들기',
    class: '학급 보고서',
    print: '학습지',
    notFound: '페이지를 찾을 수 없어요',
  },
  banks: {
    missing: (names: string, how: number) =>
      plural(how, { other: `이름이 ${names}인 문제 은행이 없어요.` }),
    quoted: (name: string) => `‘${name}’`,
  },
  quizNotice: {
    notFound: '퀴즈를 찾을 수 없어요',
    chooseBank: '홈에서 문제 은행을 골라 주세요.',
    empty: '이 퀴즈의 주제, 유형, 난이도에 맞는 문제가 없어요.',
    another: '다른 퀴즈를 시작해 보세요.',
    studio: '학생 화면으로 초안을 시험하고 있어요. 여기서 한 답은 저장되지 않아요.',
    backToDraft: '초안으로 돌아가기',
  },
}

export default pages
