import { count, plural } from '../../plural'
import type { PrintMessages } from '../en/print'

/**
 * Korean, as in first.ts: 해요체 for sentences, short noun phrases for labels; no particle after an
 * inserted value. On paper the items are named with ㄱ, ㄴ, ㄷ…, as Korean test papers name them.
 * School words: 학습지, 정답, 빈칸, 기호, 칸.
 */
const LETTERS = ['ㄱ', 'ㄴ', 'ㄷ', 'ㄹ', 'ㅁ', 'ㅂ', 'ㅅ', 'ㅇ', 'ㅈ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ']

const printPart: PrintMessages = {
  print: {
    title: (bank: string) => `${bank} · 학습지`,
    notFound: '학습지를 찾을 수 없어요',
    noLink: '이 링크에는 문제 은행이 지정되어 있지 않아요.',
    chooseBank: '홈에서 문제 은행을 골라 주세요.',
    loading: '학습지를 불러오는 중이에요…',
    empty: '이 학습지의 주제, 유형, 난이도에 맞는 문제가 없어요.',
    toolbar: {
      print: '인쇄',
      versions: '버전 수',
      hint: '버전마다 문제를 새로 뽑아 순서를 다시 정하고, 정답은 버전마다 따로 새 쪽에 인쇄해요.',
    },
    sheet: {
      version: (version: number) => `버전 ${count(version)}`,
      name: '이름',
      class: '반',
      date: '날짜',
    },
    paper: {
      tickOne: '알맞은 답 하나에 표시하세요.',
      tickAll: '알맞은 답에 모두 표시하세요.',
      answer: '답:',
      blank: (number: number) => `(빈칸 ${count(number)})`,
      circleOne: (number: number) => `(빈칸 ${count(number)}, 하나에 동그라미 하세요:)`,
      match: '각 칸에 알맞은 짝의 기호를 쓰세요.',
      order: '기호를 올바른 순서대로 1번 칸부터 쓰세요.',
      letter: (index: number) => LETTERS[index] ?? count(index + 1),
    },
    key: {
      title: '정답',
      version: (version: number) => `정답 (버전 ${count(version)})`,
      sources: (headline: string, publisher: string, date: string) =>
        `문단 번호는 기사 ‘${headline}’(${publisher}, ${date})의 문단 번호예요.`,
      source: (list: string, how: number) => plural(how, { other: `출처: ${list}문단` }),
      pair: (left: string, letter: string) => `${left}: ${letter}`,
      letterSeparator: ', ',
      pairSeparator: ' / ',
    },
  },
}

export default printPart
