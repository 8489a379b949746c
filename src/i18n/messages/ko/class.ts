import { count, plural } from '../../plural'
import type { ClassMessages } from '../en/class'

/**
 * Korean, as in first.ts: 해요체 for sentences, short noun phrases for buttons, headings and the
 * table's words; no particle after an inserted value. Facility is 정답률, discrimination 변별도;
 * the files' problems are 문제점, since 문제 is a question. The buttons named in the import's
 * paragraph are the kiosk's and the progress page's, as kiosk.ts and progress.ts word them.
 */
const classPart: ClassMessages = {
  class: {
    title: '학급 보고서',
    lead: '학생들이 문제별로 어떻게 풀었는지 확인해요. 너무 쉬웠던 문제, 아는 학생과 모르는 학생을 잘 가려내는 문제, 정답을 확인해야 할 문제를 볼 수 있어요.',
    export: '보고서 내보내기(CSV)',
    clear: '보고서 지우기',
    clearConfirm:
      '보고서를 지울까요? 이 브라우저로 가져온 결과가 모두 지워져요. 파일은 원래 있던 곳에 그대로 남아요.',
    empty: '아직 결과가 없어요. 파일을 가져오면 보고서를 볼 수 있어요.',

    import: {
      title: '결과',
      introKiosks: '키오스크의 결과 파일(키오스크 선생님 화면의 ',
      kioskExport: '결과 내보내기(CSV)',
      introProgress: ')과 학생들의 진도 내보내기 파일(',
      progressExport: '진도 내보내기',
      introEnd:
        ')을 가져오세요. 여러 기기에서 여러 날에 걸쳐 원하는 만큼 가져올 수 있고, 두 번 가져온 답은 한 번만 계산돼요. 이 브라우저 밖으로는 아무것도 나가지 않아요.',
      button: '결과 가져오기',
      leftOut: '가져오지 않은 항목',
      problemSeparator: ': ',
    },

    problems: {
      noColumns: (columns: string, _n: number) =>
        `키오스크 결과 파일이 아니에요(없는 열: ${columns})`,
      shortRow: (cells: number, columns: number) =>
        `손상된 행이에요(열 ${count(columns)}개 중 ${count(cells)}개만 있음)`,
      badRow: '손상된 행이에요(세션, 문제, 0~1 사이의 점수 중 빠진 것이 있음)',
      quoteUnterminated: '따옴표로 시작한 칸이 닫히지 않았어요',
      quoteMalformed: '따옴표로 묶은 칸의 닫는 따옴표가 잘못된 자리에 있어요',
      noDelimiter: '열 구분 문자를 찾지 못해 쉼표로 읽었어요',
      progress: {
        notProgress: '이 파일은 Factline 진도 파일이 아니에요.',
        newer: '이 진도 파일은 더 새로운 버전의 Factline에서 만들어졌어요.',
        damaged: '이 진도 파일은 손상되어 읽을 수 없어요.',
        allDamaged: '이 진도 파일의 답을 하나도 읽을 수 없어요.',
        tooLarge: '이 진도 파일은 너무 커서 읽을 수 없어요.',
        empty: '파일이 비어 있어요.',
      },
      droppedAnswers: (n: number) =>
        plural(n, { other: `손상된 답 ${count(n)}개를 빼고 가져왔어요` }),
      empty: '파일이 비어 있어요',
      badJson: '진도 내보내기 파일이 아니에요(잘못된 JSON)',
      unknownFile: 'Factline 키오스크 결과 파일(CSV)도, 진도 내보내기 파일(JSON)도 아니에요',
    },

    said: {
      unavailable:
        '이 브라우저는 여기에 데이터를 저장하지 않아요. 보고서는 페이지를 닫을 때까지만 남아 있어요.',
      damaged: (n: number) =>
        plural(n, { other: `손상된 답 ${count(n)}개를 다시 읽지 못해 뺐어요.` }),
      imported: (added: number, files: number, already: number, problems: number) =>
        `파일 ${count(files)}개에서 새 답 ${count(added)}개를 가져왔어요${
          already > 0 ? `(답 ${count(already)}개는 이미 보고서에 있어요)` : ''
        }.${problems > 0 ? ` 문제점 ${count(problems)}개는 아래에 있어요.` : ''}`,
      notKept: '이 브라우저에 저장하지 못했어요. 페이지를 닫을 때까지만 남아 있어요.',
      cleared: '보고서를 지웠어요.',
      notCleared: '브라우저가 저장된 결과를 지우지 않았어요.',
      exported: (n: number) => plural(n, { other: `문제 ${count(n)}개를 내보냈어요.` }),
    },

    overview: {
      title: '개요',
      students: '학생',
      answers: '답',
      meanScore: '평균 점수',
      medianTime: '소요 시간 중앙값',
      reliability: (questions: number, students: number) =>
        `신뢰도(크론바흐 알파, 문제 ${count(questions)}개·학생 ${count(students)}명 기준):`,
      readings: {
        veryConsistent: ': 시험이 학생들을 매우 일관되게 구분해요. 점수를 믿을 수 있어요.',
        consistent: ': 좋은 학급 시험처럼 학생들을 일관되게 구분해요.',
        fair: ': 점수의 일관성이 보통이에요. 확인 표시가 된 문제를 살펴보거나 문제를 더 넣어 보세요.',
        inconsistent:
          ': 점수가 학생마다 어떤 문제를 받았는지에 크게 좌우돼요. 신중하게 해석하고, 표시된 문제를 고치거나 문제를 더 넣어 보세요.',
      },
      noReliability: '신뢰도를 구하려면 문제를 두 개 이상 푼 학생이 적어도 두 명 있어야 해요.',
      byTopic: '주제별',
      topic: '주제',
      topicAnswers: '답',
      mean: '평균',
    },

    histogram: {
      caption: (zero: string, first: string, ninety: string, last: string) =>
        `점수별 학생 수, 10점 단위 구간(${zero} = ${first}, ${ninety} = ${last}).`,
      tableCaption: '점수별 학생 수',
      score: '점수',
      students: '학생 수',
    },

    questions: {
      title: '문제',
      intro:
        '정답률: 학생마다 첫 답을 기준으로 한 평균 점수예요. 변별도: 시험의 나머지 문제를 잘 푼 학생이 이 문제도 더 잘 풀었는지를 나타내요(−1~1, 0.2 미만이면 약하고, 음수면 정답을 확인해야 해요). 문제를 고르면 학생들이 쓴 답을 볼 수 있어요.',
      columns: {
        question: '문제',
        answered: '응답 수',
        facility: '정답률',
        discrimination: '변별도',
        verdict: '판정',
        appeals: '이의 신청',
      },
      upperLower: '상하',
      upperLowerTitle: '상위 27% − 하위 27%: 학생이 20명 미만',
      verdicts: {
        tooFew: '응답 부족',
        checkKey: '정답 확인',
        tooEasy: '너무 쉬움',
        tooHard: '매우 어려움',
        weak: '변별력 약함',
        good: '좋음',
      },
    },

    details: {
      verdict: (verdict: string) => `: ${verdict}.`,
      verdicts: {
        tooFew: '판단하기에는 응답이 너무 적어요',
        checkKey: '정답을 확인해 보세요. 다른 문제를 잘 푼 학생들이 이 문제는 더 자주 틀렸어요',
        tooEasy: '너무 쉬워요',
        tooHard: '매우 어려워요. 정답과 문장을 확인해 보세요',
        weak: '아는 학생과 모르는 학생을 가려내지 못해요',
        good: '좋은 문제예요',
      },
      noDiscrimination: '변별도: 학생 수가 부족하거나 모두 결과가 같아서 알 수 없어요.',
      pointBiserial: (value: string) =>
        `변별도 ${value}: 이 문제의 점수와 각 학생의 나머지 문제 점수 사이의 상관계수예요.`,
      upperLower: (value: string) =>
        `변별도 ${value}: 나머지 문제 점수로 본 상위 27% 학생의 정답률에서 하위 27% 학생의 정답률을 뺀 값이에요. 학생이 20명 미만이면 상관계수로는 알 수 있는 것이 적어요.`,
      gone: '이 문제는 이제 이 사이트의 어느 문제 은행에도 없어요. 문제 내용은 결과 파일에 적힌 그대로예요.',
      options: '보기별 선택 횟수',
      mistakes: '가장 흔한 실수',
      wrongAnswers: '틀린 답(채점에서 같게 보는 답끼리 묶음)',
      noOption: '고른 보기가 없어요.',
      allRight: '모든 답이 맞았어요.',
      noAnswer: '(답 없음)',
      right: '정답',
      appealed: (n: number) => plural(n, { other: `이의 신청 ${count(n)}회` }),
      accept: '정답으로',
      acceptAnswer: (answer: string) => ` “${answer}”`,
      acceptEnd: ' 인정',
      open: '문제 만들기에서 열기',
      studioNote: '(이 문제가 있는 자리에서 문제 은행 파일이 열려요)',
      studioNoteAccept:
        '(이 문제가 있는 자리에서 문제 은행 파일이 열려요. “정답으로 인정”을 누르면 초안의 인정 답안에 그 답이 추가돼요)',
    },
  },
}

export default classPart
