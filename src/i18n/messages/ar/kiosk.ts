import { count, isolated, plural } from '../../plural'
import type { KioskMessages } from '../en/kiosk'

/**
 * Arabic, as in first.ts: Modern Standard Arabic, with no gendered imperative (a verbal noun or an
 * impersonal form instead), to students and to the teacher alike; every plural category; inserted
 * texts (a bank's title, a topic, an address, a reason in English) isolated (FSI … PDI). An LRS
 * keeps its English name (LRS، عبارات xAPI).
 */
const seconds = (n: number) =>
  plural(n, {
    zero: 'لا ثوانٍ',
    one: 'ثانية واحدة',
    two: 'ثانيتان',
    few: `${count(n)} ثوانٍ`,
    many: `${count(n)} ثانيةً`,
    other: `${count(n)} ثانية`,
  })
const statements = (n: number) =>
  plural(n, {
    zero: 'لا عبارات',
    one: 'عبارة واحدة',
    two: 'عبارتان',
    few: `${count(n)} عبارات`,
    many: `${count(n)} عبارةً`,
    other: `${count(n)} عبارة`,
  })
const questions = (n: number) =>
  plural(n, {
    zero: 'لا أسئلة',
    one: 'سؤال واحد',
    two: 'سؤالان',
    few: `${count(n)} أسئلة`,
    many: `${count(n)} سؤالًا`,
    other: `${count(n)} سؤال`,
  })
const characters = (n: number) =>
  plural(n, {
    zero: 'لا أحرف',
    one: 'حرف واحد',
    two: 'حرفان',
    few: `${count(n)} أحرف`,
    many: `${count(n)} حرفًا`,
    other: `${count(n)} حرف`,
  })

const kioskPart: KioskMessages = {
  kiosk: {
    title: 'وضع الكشك',
    separator: '، ',
    lead: (n: number, topics: string) =>
      `${questions(n)}${topics ? ` عن ${isolated(topics)}` : ''}. لا تُحفظ الإجابات بعد الانتهاء.`,
    start: 'البدء',
    teacher: 'المعلم',
    missing:
      'لم يعد بنك الأسئلة الخاص بهذا الكشك موجودًا على هذا الموقع. يمكن للمعلم اختيار بنك آخر بالضغط على زر «المعلم».',
    loading: 'جارٍ التحميل…',
  },
  kioskIdle: {
    title: 'هل ما زال أحد هنا؟',
    text: 'يبدأ الكشك من جديد للطالب التالي ما لم تصل إجابة.',
    left: (n: number) =>
      plural(n, {
        zero: 'انتهى الوقت',
        one: 'بقيت ثانية واحدة',
        two: 'بقيت ثانيتان',
        few: `بقيت ${count(n)} ثوانٍ`,
        many: `بقيت ${count(n)} ثانيةً`,
        other: `بقيت ${count(n)} ثانية`,
      }),
    stay: 'ما زلت هنا',
  },
  kioskSetup: {
    title: 'إعداد الكشك',
    lead: 'يُرجى اختيار رمز PIN من 4 إلى 8 أرقام. سيلزم لتغيير الإعدادات أو للخروج من وضع الكشك.',
    bank: 'بنك الأسئلة',
    topics: 'الموضوعات',
    everyTopic: 'كل الموضوعات',
    count: 'عدد الأسئلة لكل طالب',
    idle: 'العودة إلى البداية بعد',
    idleValue: (n: number) => `${seconds(n)} دون أي لمس`,
    pin: 'رمز PIN للمعلم',
    confirm: 'تأكيد رمز PIN',
    start: 'تشغيل الكشك',
    leave: 'المغادرة دون كشك',
    noCrypto: 'لا يستطيع هذا المتصفح حفظ رمز PIN بأمان في هذه الصفحة. يُرجى فتح Factline عبر https.',
    pinProblem: {
      digits: 'يجب أن يتكون رمز PIN من 4 إلى 8 أرقام.',
      mismatch: 'رمزا PIN غير متطابقين.',
    },
  },
  kioskUnlock: {
    title: 'فتح قفل المعلم',
    pin: 'رمز PIN للمعلم',
    unlock: 'فتح القفل',
    cancel: 'إلغاء',
    typePin: 'يُرجى كتابة رمز PIN للمعلم.',
    wrong: (tries: number, lockSeconds: number) =>
      `رمز PIN خاطئ. ${plural(tries, {
        zero: 'لم تبقَ أي محاولة',
        one: 'بقيت محاولة واحدة',
        two: 'بقيت محاولتان',
        few: `بقيت ${count(tries)} محاولات`,
        many: `بقيت ${count(tries)} محاولةً`,
        other: `بقيت ${count(tries)} محاولة`,
      })} قبل انتظار مدته ${seconds(lockSeconds)}.`,
    tooMany: 'رموز PIN خاطئة كثيرة.',
    tryAgainIn: (n: number) => `يمكن المحاولة مجددًا بعد ${seconds(n)}.`,
    tryAgainNow: 'يمكن المحاولة مجددًا الآن.',
    noPin: 'لا يوجد رمز PIN للمعلم في هذا الكشك بعد.',
  },
  kioskPanel: {
    title: 'المعلم',
    language: 'يعرض الكشك هذه اللغة لكل طالب، ويمكن للطالب اختيار لغته طوال دوره.',
    bank: 'بنك الأسئلة',
    notFound: (bank: string) => `${isolated(bank)} (غير موجود)`,
    count: 'عدد الأسئلة لكل طالب',
    topics: 'الموضوعات',
    everyTopic: 'عدم تحديد أي موضوع يعني كل الموضوعات.',
    idle: 'الثواني قبل التحقق من الخمول',
    countRange: (min: number, max: number) =>
      `يجب أن يكون عدد الأسئلة لكل طالب عددًا صحيحًا من ${count(min)} إلى ${count(max)}.`,
    idleRange: (min: number, max: number) =>
      `يجب أن تكون الثواني قبل التحقق من الخمول عددًا صحيحًا من ${count(min)} إلى ${count(max)}.`,
    save: 'حفظ الإعدادات',
    saved: 'حُفظت الإعدادات.',
    classReport:
      'لنتائج الصف كله من كل الأكشاك: تصدير نتائج كل كشك، ثم استيرادها جميعًا في تقرير الصف',
    classReportAfter: ' على جهازك الخاص.',
    export: 'تصدير النتائج (CSV)',
    clear: 'مسح النتائج',
    clearConfirm: 'هل تُمسح نتائج كل الطلاب حتى الآن؟ يُنصح بتصديرها أولًا للاحتفاظ بها.',
    cleared: 'مُسحت النتائج.',
    back: 'العودة إلى الكشك',
    exit: 'الخروج من الكشك',
    remove: 'إزالة الكشك من هذا الجهاز',
    removeConfirm: (unsent: number | undefined) =>
      `هل يُزال الكشك من هذا الجهاز؟ ستُحذف إعداداته ورمز PIN ونتائجه.${
        unsent === undefined
          ? ''
          : unsent === 0
            ? ' وستُحذف إعدادات LRS أيضًا، وقد أُرسلت كل العبارات.'
            : ` وستُحذف إعدادات LRS أيضًا، ومعها ما لم يُرسل بعد إلى LRS: ${statements(unsent)}.`
      } يُنصح بتصدير النتائج أولًا للاحتفاظ بها.`,
    languageSaved: 'حُفظت اللغة.',
    notSaved: 'تعذّر حفظ الإعداد: لا يحتفظ هذا المتصفح بأي بيانات هنا.',
  },
  kioskResults: {
    title: 'نتائج الصف',
    none: 'لا يوجد طلاب بعد.',
    students: (n: number) => `عدد الطلاب: ${count(n)}`,
    average: (percent: string) => `متوسط الدرجة: ${isolated(percent)}`,
    caption: 'حسب السؤال، من الأصعب إلى الأسهل',
    columns: {
      question: 'السؤال',
      answered: 'مرات الإجابة',
      correct: 'الإجابات الصحيحة',
      average: 'المتوسط',
    },
  },
  kioskLrs: {
    title: 'مستودع سجلات التعلم (LRS)',
    lead: 'تُرسل إجابات كل طالب ودرجته إلى LRS الخاص بك في صورة عبارات xAPI، باسم مجهول. ويبقى المفتاح والسر على هذا الجهاز.',
    fields: {
      endpoint: 'نقطة الاتصال',
      key: 'المفتاح',
      secret: 'السر',
      className: 'اسم الصف',
    },
    endpointHint: `عنوان xAPI الخاص بـ LRS، مثل ${isolated('https://lrs.example.org/xAPI/')}.`,
    noOrigins:
      'لا يمكن لهذه النسخة من Factline الإرسال إلى أي موقع آخر: يحدد من يبنيها LRS عبر FACTLINE_LRS_ORIGINS.',
    origins: (origins: string) => `يمكن لهذه النسخة من Factline الإرسال إلى ${isolated(origins)}.`,
    secretSaved: 'يوجد سر محفوظ. يُترك هذا الحقل فارغًا للإبقاء عليه، أو يُكتب سر جديد لاستبداله.',
    secretPlaceholder: 'محفوظ',
    test: 'اختبار الاتصال',
    save: 'حفظ',
    remove: 'إزالة LRS',
    testing: 'جارٍ اختبار الاتصال…',
    savedFull: 'تعذّر حفظ إعدادات LRS: مساحة التخزين في هذا المتصفح ممتلئة.',
    savedUnavailable: 'تعذّر حفظ إعدادات LRS: لا يحتفظ هذا المتصفح بأي بيانات هنا.',
    saved: 'حُفظت إعدادات LRS: تُرسل نتائج كل طالب الآن إلى LRS.',
    removeConfirm: (unsent: number) =>
      unsent === 0
        ? 'هل يُزال LRS من هذا الكشك؟ أُرسلت كل العبارات.'
        : `هل يُزال LRS من هذا الكشك؟ سيُحذف ما لم يُرسل بعد: ${statements(unsent)}.`,
    removed: 'أُزيل LRS: لم تعد النتائج تُرسل.',
    sendingNow: 'جارٍ الإرسال الآن.',
    waiting: (n: number) => `بانتظار الإرسال: ${count(n)}`,
    sent: (n: number) => `أُرسلت: ${count(n)}`,
    dropped: (n: number) => `أُسقطت: ${count(n)}`,
    rejected: (n: number) => `رُفضت: ${count(n)}`,
    sending: 'جارٍ الإرسال…',
    standby: 'تتولى علامة تبويب أخرى في هذا المتصفح إرسالها.',
    paused: (problem: string) => `الإرسال متوقف مؤقتًا. ${isolated(problem)}`,
    waitingToRetry: 'بانتظار المحاولة مجددًا.',
    nextTry: (time: string) => ` المحاولة التالية عند ${isolated(time)}.`,
    lastProblem: (at: string, problem: string) =>
      `آخر مشكلة: ${isolated(at)}: ${isolated(problem)}`,
    queueFull: (cap: number, dropped: number) =>
      `كانت قائمة الانتظار ممتلئة (${statements(cap)} بانتظار الإرسال)، فلم يُحتفظ بالعبارات الجديدة: ${statements(dropped)}.`,
    damaged: (n: number) => `نُحّي جانبًا ما تلف من قائمة الانتظار: ${statements(n)}.`,
    unavailable: 'لا يحتفظ هذا المتصفح بأي بيانات هنا: لا يمكن للعبارات انتظار الشبكة.',
    storageFull: 'مساحة التخزين في هذا المتصفح ممتلئة: تعذّر حفظ نتائج أحد الطلاب من أجل LRS.',
    storageUnavailable:
      'لا يحتفظ هذا المتصفح بأي بيانات هنا: تعذّر حفظ نتائج أحد الطلاب من أجل LRS.',
    sendNow: 'الإرسال الآن',
    sendProblems: {
      unreachable: 'تعذّر الوصول إلى LRS: ستُعاد المحاولة.',
      storage: 'تعذّرت القراءة من مساحة التخزين في هذا المتصفح أو الكتابة فيها: ستُعاد المحاولة.',
      slowDown: (status: number) =>
        `طلب LRS إبطاء الإرسال (${isolated(String(status))}): ستُعاد المحاولة لاحقًا.`,
      credentials: (status: number) =>
        `رفض LRS المفتاح والسر (${isolated(String(status))}): يُرجى التحقق منهما في لوحة المعلم.`,
      answered: (status: number, because: string) =>
        `أجاب LRS بالرمز ${isolated(String(status))}${because ? `: ${isolated(because)}` : ''}. يُرجى التحقق من نقطة الاتصال في لوحة المعلم.`,
      lrsError: (status: number) => `واجه LRS مشكلة (${isolated(String(status))}): ستُعاد المحاولة.`,
      tooLarge: (status: number, because: string) =>
        `كانت إحدى العبارات أكبر مما يقبله LRS (${isolated(String(status))})${because ? `: ${isolated(because)}` : ''}`,
      invalid: (status: number, because: string) =>
        `رفض LRS إحدى العبارات لأنها غير صالحة (${isolated(String(status))})${because ? `: ${isolated(because)}` : ''}`,
      conflict: (status: number, because: string) =>
        `يحتفظ LRS بعبارة أخرى لها المعرّف نفسه (${isolated(String(status))})${because ? `: ${isolated(because)}` : ''}`,
    },
    problems: {
      endpointEmpty: `يُرجى إدخال نقطة اتصال LRS، مثل ${isolated('https://lrs.example.org/xAPI/')}.`,
      scheme: 'يجب أن تكون نقطة الاتصال عنوان ويب يبدأ بـ https:// أو http://.',
      credentials: 'يوضع المفتاح والسر في حقليهما، لا في العنوان.',
      query: 'تنتهي نقطة الاتصال قبل أي ? أو #: يكفي عنوان xAPI الخاص بـ LRS.',
      endpointTooLong: (max: number) => `لا يمكن أن تتجاوز نقطة الاتصال ${characters(max)}.`,
      notAllowed: (places: string, origin: string) =>
        `${places ? `لا يمكن لهذه النسخة من Factline الإرسال إلا إلى ${isolated(places)}` : 'لا يمكن لهذه النسخة من Factline الإرسال إلى أي LRS'}. يضيف من يبنيها ${isolated(origin)} عبر FACTLINE_LRS_ORIGINS.`,
      ownSite: 'موقعها نفسه',
      keyEmpty: 'يُرجى إدخال المفتاح (اسم المستخدم الذي أعطاه LRS لهذا الكشك).',
      colon: 'لا يمكن أن يحتوي المفتاح على نقطتين (:): يُرجى التحقق مما لُصق.',
      keyTooLong: (max: number) => `لا يمكن أن يتجاوز المفتاح ${characters(max)}.`,
      secretEmpty: 'يُرجى إدخال السر (كلمة المرور التي أعطاها LRS لهذا المفتاح).',
      secretTooLong: (max: number) => `لا يمكن أن يتجاوز السر ${characters(max)}.`,
      classEmpty: 'يُرجى إدخال اسم الصف: به يميّز LRS نتائج صف عن نتائج صف آخر.',
      classTooLong: (max: number) => `لا يمكن أن يتجاوز اسم الصف ${characters(max)}.`,
    },
    verdict: {
      ok: 'تم الاتصال: قبل LRS المفتاح ويعمل بـ xAPI 1.0.',
      unreachable:
        'تعذّر الوصول إلى LRS: يُرجى التحقق من نقطة الاتصال والشبكة. ويجب أن يسمح LRS أيضًا لهذا الموقع (CORS).',
      noLrs:
        'لا يستجيب أي LRS على هذا العنوان (404): يُرجى التحقق من نقطة الاتصال. غالبًا ما تنتهي بـ /xAPI/ أو /data/xAPI/.',
      noStatements: (status: number) =>
        `لا يوجد في LRS مورد statements على هذا العنوان (${isolated(String(status))}): يُرجى التحقق من نقطة الاتصال.`,
      refused: (status: number) =>
        `رفض LRS المفتاح والسر (${isolated(String(status))}): يُرجى التحقق منهما.`,
      lrsError: (status: number) =>
        `واجه LRS مشكلة (${isolated(String(status))}): يُرجى المحاولة لاحقًا.`,
      notXapi: (status: number) =>
        `لا يذكر الخادم على هذا العنوان أنه يعمل بـ xAPI 1.0 (${isolated(String(status))}): يُرجى التحقق من نقطة الاتصال.`,
      cors: 'أجاب LRS لكنه لا يقبل العبارات من هذا الموقع: يجب أن يسمح لهذا الموقع (CORS) بالإرسال بمفتاح.',
    },
  },
}

export default kioskPart
