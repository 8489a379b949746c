import { count } from '../../plural'
import type { AuthorMessages } from '../en/author'

/**
 * Korean, as in first.ts: 해요체 for sentences, short noun phrases for buttons and labels; no
 * particle after an inserted value. A fact is 핵심 내용, as in the lessons; the validator's
 * problems are 문제점, since 문제 is a question. Validator messages inserted here stay English.
 */
const summary = (all: number, written: number, generated: number, topic: number, fact: number) =>
  `문제 ${count(all)}개(직접 쓴 문제 ${count(written)}개, 자동 생성 ${count(generated)}개), 주제 ${count(topic)}개, 핵심 내용 ${count(fact)}개`

const authorPart: AuthorMessages = {
  author: {
    lead: 'Factline YAML이나 Moodle GIFT로 문제 파일을 쓰거나, Moodle XML 또는 Aiken 파일을 여세요. 입력하는 동안 문제점이 바로 표시되고, 미리 보기에서는 각 문제가 학생에게 보이는 모습 그대로 나와요. 형식 설명은 README의 “Writing question banks” 항목에 있어요.',
    file: '문제 파일',
    toolbar: {
      draft: '초안',
      draftLabel: (name: string, when: string) => `${name} (${when})`,
      newDraft: '새 초안',
      open: '문제 파일 열기',
      format: '형식',
    },
    actions: {
      saved: '이 브라우저에 저장했어요.',
      notSaved: '이 브라우저에 초안을 저장하지 못했어요. 보관하려면 내려받으세요.',
      tryAsStudent: '학생으로 풀어 보기',
      download: '내려받기',
      downloadGift: 'GIFT로 내려받기',
      copyLink: '공유 링크 복사',
    },
    problems: {
      title: '문제점',
      checking: '검사하는 중…',
      none: '문제점이 없어요. 바로 쓸 수 있는 파일이에요.',
      summary: (errors: number, warnings: number) =>
        `오류 ${count(errors)}개, 경고 ${count(warnings)}개. 하나를 고르면 그 위치로 이동해요.`,
      item: (line: number, column: number, message: string) =>
        `줄 ${line}, 열 ${column}: ${message}`,
    },
    preview: {
      title: '미리 보기',
      summary,
      fileSummary: (all: number, written: number, generated: number, topic: number, fact: number) =>
        `이 파일: ${summary(all, written, generated, topic, fact)}`,
      noWritten: '아직 직접 쓴 문제가 없어요.',
      orphans: '직접 쓴 문제가 다루지 않는 핵심 내용으로 만든 문제',
      untested: '어떤 문제도 다루지 않는 핵심 내용',
      more: (hidden: number) => `문제 더 보기(남은 문제 ${count(hidden)}개)`,
      siblings: '같은 핵심 내용으로 만든 문제:',
      answer: '— 정답:',
    },
    /** Phrases after a colon; `chosen` inserts a type that ends in 문제, so 예요 fits. */
    refused: {
      xml: '답 추가는 Factline YAML과 Moodle GIFT 파일에서만 할 수 있고 Moodle XML 파일에서는 할 수 없어요. 문제의 <answer fraction="100"> 항목으로 직접 추가하거나 Moodle에서 추가하세요',
      aiken:
        '답 추가는 Factline YAML과 Moodle GIFT 파일에서만 할 수 있고 Aiken 파일에서는 할 수 없어요. Aiken 문제는 하나를 고르는 객관식이라 답을 입력하지 않고 골라요',
      noLetters: '글자나 숫자가 없는 답으로는 아무것도 인정할 수 없어요',
      noQuestion: (question: string) => `파일에 “${question}” 문제가 없어요`,
      cloze:
        '빈칸 채우기 문제예요. 답이 어느 빈칸에 들어가는지, 그 빈칸에 맞는지는 선생님이 판단해야 해요',
      numeric: '수치형 문제예요. 답이 허용 오차나 범위가 있는 수라서 선생님이 판단해야 해요',
      chosen: (type: string) => `${type}예요. 답을 입력하지 않고 골라요`,
      types: {
        single: '단일 선택 문제',
        multiple: '복수 선택 문제',
        truefalse: '참/거짓 문제',
        order: '순서 배열 문제',
        match: '짝 맞추기 문제',
      },
      otherType: (type: string) => `“${type}” 유형 문제`,
      yamlSyntax: '파일에 YAML 문법 오류가 있어요. 먼저 고쳐 주세요',
      giftSyntax: '파일에 GIFT 문법 오류가 있어요. 먼저 고쳐 주세요',
      notList: '답이 텍스트 목록이 아니에요',
      changed: '파일의 다른 부분까지 바꾸지 않고는 추가할 수 없어요. 답 목록에 직접 추가하세요',
      generated: (fact: string) =>
        `자동 생성된 문제라서 따로 정해진 답이 없어요(바탕이 된 핵심 내용: ${fact}). 핵심 내용을 고치거나 단답형 문제를 직접 쓰세요`,
    },
    said: {
      openedFile: (file: string) => `파일을 열었어요: ${file}`,
      openedFileAs: (file: string, format: string) =>
        `파일을 열었어요: ${file}. 내용을 보고 ${format} 형식으로 읽었어요.`,
      notQuestionFile: (file: string, types: string, last: string) =>
        `문제 파일이 아니에요: ${file}. ${types} 또는 ${last} 파일을 여세요.`,
      notText: (file: string, line: number, column: number, reason: string) =>
        `파일을 열지 못했어요: ${file}. 줄 ${line}, 열 ${column}: ${reason}.`,
      pasted: (format: string, was: string) =>
        `붙여 넣은 텍스트가 ${format} 형식이라 이제 초안을 ${format} 형식으로 검사해요. 되돌리려면 형식 목록에서 ${was} 항목을 고르세요.`,
      pastedRenamed: (format: string, name: string, was: string) =>
        `붙여 넣은 텍스트가 ${format} 형식이라 이제 초안을 ${format} 형식으로 검사해요. 새 파일 이름: ${name}. 되돌리려면 형식 목록에서 ${was} 항목을 고르세요.`,
      otherFilesFailed: (bank: string) =>
        `문제 은행 ${bank}의 다른 파일을 불러오지 못해서 이 파일만 따로 검사해요.`,
      noBank: (bank: string) => `“${bank}” 문제 은행을 찾을 수 없어서 아무것도 열지 않았어요.`,
      noQuestion: (bank: string, question: string) =>
        `문제 은행 ${bank}에 “${question}” 문제가 없어서 아무것도 열지 않았어요.`,
      openedAt: (file: string, question: string, line: number) =>
        `${file} 파일의 ${question} 문제를 열었어요(줄 ${line}).`,
      openedDraftAt: (file: string, question: string, line: number) =>
        `${file} 파일의 내 초안(수정한 내용 포함)에서 ${question} 문제를 열었어요(줄 ${line}).`,
      openedAtFact: (file: string, fact: string, line: number, question: string) =>
        `${file} 파일의 핵심 내용 ${fact} 위치를 열었어요(줄 ${line}). ${question} 문제는 이 핵심 내용으로 자동 생성된 문제예요.`,
      openedDraftAtFact: (file: string, fact: string, line: number, question: string) =>
        `${file} 파일의 내 초안(수정한 내용 포함)에서 핵심 내용 ${fact} 위치를 열었어요(줄 ${line}). ${question} 문제는 이 핵심 내용으로 자동 생성된 문제예요.`,
      accepted: (answer: string, question: string, line: number) =>
        `“${answer}” 답을 ${question} 문제의 인정 답안에 추가했어요(줄 ${line}). 확인한 다음 파일을 내려받으세요.`,
      alreadyAccepted: (answer: string, question: string, line: number, as: string) =>
        `“${answer}” 답은 ${question} 문제에서 이미 “${as}” 답으로 인정돼요(줄 ${line}). 바뀐 내용은 없어요.`,
      notAccepted: (answer: string, question: string, line: number, reason: string) =>
        `“${answer}” 답을 ${question} 문제에 추가하지 않았어요(줄 ${line}): ${reason}.`,
      sharedOpened: (name: string) => `공유된 초안을 열었어요: ${name}`,
      sharedDamaged: '공유 링크가 손상되어 초안을 열 수 없어요.',
      tooLong: (length: number, most: number) =>
        `초안이 너무 길어서 링크로 보낼 수 없어요(${count(length)}자, 최대 ${count(most)}자). 파일을 내려받아 보내 주세요.`,
      linkCopied: '공유 링크를 복사했어요.',
      copyBlocked: (link: string) => `여기서는 복사할 수 없어요. 링크: ${link}`,
    },
  },
  authorEditor: {
    Find: '찾기',
    Replace: '바꾸기',
    next: '다음',
    previous: '이전',
    all: '모두',
    'match case': '대소문자 구분',
    regexp: '정규식',
    'by word': '단어 단위',
    replace: '바꾸기',
    'replace all': '모두 바꾸기',
    close: '닫기',
    'current match': '현재 항목',
    'on line': '줄',
    'replaced match on line $': '줄 $의 항목을 바꿨어요',
    'replaced $ matches': '항목 $개를 바꿨어요',
    'Go to line': '줄로 이동',
    go: '이동',
    'Folded lines': '접은 줄',
    'Unfolded lines': '펼친 줄',
    'Fold line': '줄 접기',
    'Unfold line': '줄 펼치기',
    'folded code': '접은 코드',
    unfold: '펼치기',
    to: '~',
    'Selection deleted': '선택 영역을 삭제했어요',
    'Control character': '제어 문자',
    Completions: '자동 완성',
    Diagnostics: '진단',
    'No diagnostics': '진단 결과 없음',
  },
}

export default authorPart
