import { count } from '../../plural'
import type { KioskMessages } from '../en/kiosk'

/**
 * Korean, as in first.ts: sentences in 해요체, to students and to the teacher alike; buttons and
 * labels are short noun phrases. No particle follows an inserted value (its last sound picks it).
 * An LRS keeps its English name (LRS, xAPI).
 */
const kioskPart: KioskMessages = {
  kiosk: {
    title: '키오스크',
    separator: ', ',
    lead: (questions: number, topics: string) =>
      `${topics ? `주제: ${topics} · ` : ''}${count(questions)}문제. 끝나면 답은 남지 않아요.`,
    start: '시작',
    teacher: '선생님',
    missing:
      '이 키오스크의 문제 은행이 더 이상 이 사이트에 없어요. 선생님이 다른 문제 은행을 고를 수 있어요. 선생님 버튼을 누르세요.',
    loading: '불러오는 중…',
  },
  kioskIdle: {
    title: '아직 있나요?',
    text: '답하지 않으면 키오스크가 다음 학생을 위해 처음으로 돌아가요.',
    left: (n: number) => `${count(n)}초 남음`,
    stay: '아직 있어요',
  },
  kioskSetup: {
    title: '키오스크 설정',
    lead: '4~8자리 숫자로 PIN을 정하세요. 설정을 바꾸거나 키오스크 모드를 끝낼 때 필요해요.',
    bank: '문제 은행',
    topics: '주제',
    everyTopic: '모든 주제',
    count: '학생당 문제 수',
    idle: '처음으로 돌아가기',
    idleValue: (n: number) => `${count(n)}초 동안 입력이 없을 때`,
    pin: '선생님 PIN',
    confirm: 'PIN 확인',
    start: '키오스크 시작',
    leave: '키오스크 없이 나가기',
    noCrypto:
      '이 브라우저는 이 페이지에서 PIN을 안전하게 보관할 수 없어요. https로 Factline을 여세요.',
    pinProblem: {
      digits: 'PIN은 4~8자리 숫자여야 해요.',
      mismatch: '두 PIN이 서로 달라요.',
    },
  },
  kioskUnlock: {
    title: '선생님 잠금 해제',
    pin: '선생님 PIN',
    unlock: '잠금 해제',
    cancel: '취소',
    typePin: '선생님 PIN을 입력하세요.',
    wrong: (tries: number, lockSeconds: number) =>
      `PIN이 틀렸어요. ${count(tries)}번 더 틀리면 ${count(lockSeconds)}초 동안 기다려야 해요.`,
    tooMany: 'PIN이 너무 많이 틀렸어요.',
    tryAgainIn: (n: number) => `${count(n)}초 뒤에 다시 해 보세요.`,
    tryAgainNow: '이제 다시 해 볼 수 있어요.',
    noPin: '이 키오스크에는 아직 선생님 PIN이 없어요.',
  },
  kioskPanel: {
    title: '선생님',
    language:
      '키오스크는 모든 학생에게 이 언어로 보여요. 학생은 자기 차례 동안 자기 언어를 고를 수 있어요.',
    bank: '문제 은행',
    notFound: (bank: string) => `${bank} (찾을 수 없음)`,
    count: '학생당 문제 수',
    topics: '주제',
    everyTopic: '아무것도 고르지 않으면 모든 주제예요.',
    idle: '입력 확인까지의 시간(초)',
    countRange: (min: number, max: number) =>
      `학생당 문제 수는 ${count(min)}부터 ${count(max)}까지의 정수여야 해요.`,
    idleRange: (min: number, max: number) =>
      `입력 확인까지의 시간은 ${count(min)}초부터 ${count(max)}초까지의 정수여야 해요.`,
    save: '설정 저장',
    saved: '설정을 저장했어요.',
    classReport:
      '반 전체 결과를 보려면 키오스크마다 결과를 내보낸 다음, 내 기기에서 모두 학급 보고서',
    classReportAfter: '로 가져오세요.',
    export: '결과 내보내기(CSV)',
    clear: '결과 지우기',
    clearConfirm: '지금까지 모든 학생의 결과를 지울까요? 남겨 두려면 먼저 내보내세요.',
    cleared: '결과를 지웠어요.',
    back: '키오스크로 돌아가기',
    exit: '키오스크 끝내기',
    remove: '이 기기에서 키오스크 삭제',
    removeConfirm: (unsent: number | undefined) =>
      `이 기기에서 키오스크를 삭제할까요? 설정, PIN, 결과가 모두 지워져요.${
        unsent === undefined
          ? ''
          : unsent === 0
            ? ' LRS 설정도 지워져요. 모든 기록을 보냈어요.'
            : ` LRS 설정도 지워지고, 아직 LRS로 보내지 않은 기록 ${count(unsent)}개도 함께 지워져요.`
      } 결과를 남겨 두려면 먼저 내보내세요.`,
    languageSaved: '언어를 저장했어요.',
    notSaved: '설정을 저장하지 못했어요. 이 브라우저는 여기에 데이터를 보관하지 않아요.',
  },
  kioskResults: {
    title: '학급 결과',
    none: '아직 학생이 없어요.',
    students: (n: number) => `참여한 학생: ${count(n)}명`,
    average: (percent: string) => `평균 점수: ${percent}`,
    caption: '문제별, 어려운 문제부터',
    columns: { question: '문제', answered: '응답 수', correct: '정답 수', average: '평균' },
  },
  kioskLrs: {
    title: '학습 기록 저장소(LRS)',
    lead: '학생마다 답과 점수가 익명 이름으로 xAPI 기록이 되어 LRS로 가요. 키와 시크릿은 이 기기에만 남아요.',
    fields: { endpoint: '엔드포인트', key: '키', secret: '시크릿', className: '학급 이름' },
    endpointHint: 'LRS의 xAPI 주소예요. 예: https://lrs.example.org/xAPI/',
    noOrigins:
      '이 Factline은 다른 사이트로 보낼 수 없어요. 빌드하는 사람이 FACTLINE_LRS_ORIGINS에 LRS를 적어야 해요.',
    origins: (origins: string) => `이 Factline이 보낼 수 있는 곳: ${origins}`,
    secretSaved:
      '시크릿이 저장되어 있어요. 그대로 두려면 비워 두고, 바꾸려면 새 시크릿을 입력하세요.',
    secretPlaceholder: '저장됨',
    test: '연결 테스트',
    save: '저장',
    remove: 'LRS 삭제',
    testing: '연결을 테스트하고 있어요…',
    savedFull: 'LRS 설정을 저장하지 못했어요. 이 브라우저의 저장 공간이 가득 찼어요.',
    savedUnavailable:
      'LRS 설정을 저장하지 못했어요. 이 브라우저는 여기에 데이터를 보관하지 않아요.',
    saved: 'LRS 설정을 저장했어요. 이제 학생마다 결과가 LRS로 가요.',
    removeConfirm: (unsent: number) =>
      unsent === 0
        ? '이 키오스크에서 LRS를 삭제할까요? 모든 기록을 보냈어요.'
        : `이 키오스크에서 LRS를 삭제할까요? 아직 보내지 않은 기록 ${count(unsent)}개가 지워져요.`,
    removed: 'LRS를 삭제했어요. 이제 결과를 보내지 않아요.',
    sendingNow: '지금 보내고 있어요.',
    waiting: (n: number) => `보낼 기록: ${count(n)}`,
    sent: (n: number) => `보낸 기록: ${count(n)}`,
    dropped: (n: number) => `버린 기록: ${count(n)}`,
    rejected: (n: number) => `거부된 기록: ${count(n)}`,
    sending: '보내는 중…',
    standby: '이 브라우저의 다른 탭에서 보내고 있어요.',
    paused: (problem: string) => `보내기를 멈췄어요. ${problem}`,
    waitingToRetry: '다시 시도하려고 기다리고 있어요.',
    nextTry: (time: string) => ` 다음 시도: ${time}`,
    lastProblem: (at: string, problem: string) => `마지막 오류: ${at}: ${problem}`,
    queueFull: (cap: number, dropped: number) =>
      `대기열이 가득 찼어요(기록 ${count(cap)}개 대기 중). 새 기록 ${count(dropped)}개를 보관하지 못했어요.`,
    damaged: (n: number) => `대기 중인 기록 ${count(n)}개가 손상되어 따로 보관했어요.`,
    unavailable:
      '이 브라우저는 여기에 데이터를 보관하지 않아요. 기록이 네트워크를 기다릴 수 없어요.',
    storageFull:
      '이 브라우저의 저장 공간이 가득 찼어요. 한 학생의 결과를 LRS용으로 보관하지 못했어요.',
    storageUnavailable:
      '이 브라우저는 여기에 데이터를 보관하지 않아요. 한 학생의 결과를 LRS용으로 보관하지 못했어요.',
    sendNow: '지금 보내기',
    sendProblems: {
      unreachable: 'LRS에 연결할 수 없어요. 다시 시도할게요.',
      storage: '이 브라우저의 저장 공간을 읽거나 쓸 수 없어요. 다시 시도할게요.',
      slowDown: (status: number) =>
        `LRS가 속도를 늦춰 달라고 했어요(${status}). 나중에 다시 시도할게요.`,
      credentials: (status: number) =>
        `LRS가 키와 시크릿을 거부했어요(${status}). 선생님 화면에서 확인하세요.`,
      answered: (status: number, because: string) =>
        `LRS가 ${status} 코드로 응답했어요${because ? `: ${because}` : ''}. 선생님 화면에서 엔드포인트를 확인하세요.`,
      lrsError: (status: number) => `LRS에 문제가 생겼어요(${status}). 다시 시도할게요.`,
      tooLarge: (status: number, because: string) =>
        `기록 하나가 LRS에 보내기에는 너무 커요(${status})${because ? `: ${because}` : ''}`,
      invalid: (status: number, because: string) =>
        `LRS가 기록 하나를 올바르지 않다며 거부했어요(${status})${because ? `: ${because}` : ''}`,
      conflict: (status: number, because: string) =>
        `LRS에 같은 ID의 다른 기록이 이미 있어요(${status})${because ? `: ${because}` : ''}`,
    },
    problems: {
      endpointEmpty: 'LRS 엔드포인트를 입력하세요. 예: https://lrs.example.org/xAPI/',
      scheme: '엔드포인트는 https:// 또는 http://로 시작하는 웹 주소여야 해요.',
      credentials: '키와 시크릿은 주소가 아니라 각자의 칸에 입력하세요.',
      query: '엔드포인트에는 ?나 #가 들어갈 수 없어요. LRS의 xAPI 주소만 입력하세요.',
      endpointTooLong: (max: number) => `엔드포인트는 최대 ${count(max)}자까지 쓸 수 있어요.`,
      notAllowed: (places: string, origin: string) =>
        `${places ? `이 Factline은 ${places}(으)로만 보낼 수 있어요.` : '이 Factline은 어떤 LRS로도 보낼 수 없어요.'} 빌드하는 사람이 FACTLINE_LRS_ORIGINS에 ${origin}을(를) 추가해야 해요.`,
      ownSite: '자기 사이트',
      keyEmpty: '키(LRS가 이 키오스크에 준 사용자 이름)를 입력하세요.',
      colon: '키에는 콜론(:)이 들어갈 수 없어요. 붙여 넣은 내용을 확인하세요.',
      keyTooLong: (max: number) => `키는 최대 ${count(max)}자까지 쓸 수 있어요.`,
      secretEmpty: '시크릿(LRS가 이 키에 준 비밀번호)을 입력하세요.',
      secretTooLong: (max: number) => `시크릿은 최대 ${count(max)}자까지 쓸 수 있어요.`,
      classEmpty: '학급 이름을 입력하세요. LRS는 이 이름으로 학급별 결과를 구분해요.',
      classTooLong: (max: number) => `학급 이름은 최대 ${count(max)}자까지 쓸 수 있어요.`,
    },
    verdict: {
      ok: '연결됐어요. LRS가 키를 받았고 xAPI 1.0을 사용해요.',
      unreachable:
        'LRS에 연결할 수 없어요. 엔드포인트와 네트워크를 확인하세요. LRS가 이 사이트를 허용(CORS)해야 해요.',
      noLrs:
        '이 주소에서 응답하는 LRS가 없어요(404). 엔드포인트를 확인하세요. 보통 /xAPI/ 또는 /data/xAPI/로 끝나요.',
      noStatements: (status: number) =>
        `이 주소의 LRS에는 statements 리소스가 없어요(${status}). 엔드포인트를 확인하세요.`,
      refused: (status: number) => `LRS가 키와 시크릿을 거부했어요(${status}). 다시 확인하세요.`,
      lrsError: (status: number) => `LRS에 문제가 생겼어요(${status}). 나중에 다시 해 보세요.`,
      notXapi: (status: number) =>
        `이 주소의 서버는 xAPI 1.0을 사용한다고 알리지 않아요(${status}). 엔드포인트를 확인하세요.`,
      cors: 'LRS가 응답했지만 이 사이트에서 보낸 기록을 받지 않아요. LRS가 키로 보내는 이 사이트를 허용(CORS)해야 해요.',
    },
  },
}

export default kioskPart
