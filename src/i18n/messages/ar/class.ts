import { count, isolated, plural } from '../../plural'
import type { ClassMessages } from '../en/class'

/**
 * Arabic, as in first.ts: Modern Standard Arabic, with no gendered imperative (a verbal noun or
 * an impersonal form instead); every plural category; inserted texts (a column's name, a figure
 * already written, an answer) isolated (FSI … PDI). Facility is معامل السهولة, discrimination
 * معامل التمييز, an appeal اعتراض as in feedback.ts. The buttons named in the import's paragraph
 * are the kiosk's and the progress page's, as kiosk.ts and progress.ts word them.
 */
const classPart: ClassMessages = {
  class: {
    title: 'تقرير الصف',
    lead: 'نظرة على أداء الصف سؤالًا سؤالًا: أيّ الأسئلة كان سهلًا جدًا، وأيّها يميّز بين من يعرف ومن لا يعرف، وأيّها يحتاج مفتاح إجابته إلى مراجعة.',
    export: 'تصدير التقرير (CSV)',
    clear: 'مسح التقرير',
    clearConfirm:
      'هل يُمسح التقرير؟ ستُنسى كل النتائج المستوردة إلى هذا المتصفح، وتبقى الملفات نفسها في مكانها.',
    empty: 'لا نتائج بعد: يُرجى استيراد ملف لعرض التقرير.',

    import: {
      title: 'النتائج',
      introKiosks: 'يمكن هنا استيراد ملفات نتائج الأكشاك (',
      kioskExport: 'تصدير النتائج (CSV)',
      introProgress: ' في لوحة المعلم في الكشك) وملفات التقدم التي يصدّرها الطلاب (',
      progressExport: 'تصدير التقدم',
      introEnd:
        ')، بأي عدد، ومن أي عدد من الأجهزة والأيام: الإجابة المستوردة مرتين تُحسب مرة واحدة. لا يغادر شيء هذا المتصفح.',
      button: 'استيراد النتائج',
      leftOut: 'ما لم يُستورد',
      problemSeparator: ': ',
    },

    problems: {
      noColumns: (columns: string, n: number) =>
        `ليس ملف نتائج كشك: ${plural(n, {
          zero: 'تنقصه الأعمدة',
          one: 'ينقصه العمود',
          two: 'ينقصه العمودان',
          few: 'تنقصه الأعمدة',
          many: 'تنقصه الأعمدة',
          other: 'تنقصه الأعمدة',
        })} ${isolated(columns)}`,
      shortRow: (cells: number, columns: number) =>
        `صف تالف: عدد أعمدته ${count(cells)} من أصل ${count(columns)}`,
      badRow: 'صف تالف: تنقصه الجلسة أو السؤال أو درجة بين 0 و1',
      quoteUnterminated: 'حقل بين علامتي تنصيص لم يُغلق',
      quoteMalformed: 'علامة التنصيص الختامية لحقل بين علامتي تنصيص في غير موضعها',
      noDelimiter: 'تعذّر تحديد فاصل الأعمدة، فاستُخدمت الفاصلة',
      progress: {
        notProgress: 'هذا الملف ليس ملف تقدم من Factline.',
        newer: 'ملف التقدم هذا من إصدار أحدث من Factline.',
        damaged: 'ملف التقدم هذا تالف وتعذّرت قراءته.',
        allDamaged: 'تعذّرت قراءة كل الإجابات في ملف التقدم هذا.',
        tooLarge: 'ملف التقدم هذا أكبر من أن يُقرأ.',
        empty: 'الملف فارغ.',
      },
      droppedAnswers: (n: number) =>
        plural(n, {
          zero: 'لم تُستبعد أي إجابة تالفة',
          one: 'استُبعدت إجابة تالفة واحدة',
          two: 'استُبعدت إجابتان تالفتان',
          few: `استُبعدت ${count(n)} إجابات تالفة`,
          many: `استُبعدت ${count(n)} إجابةً تالفة`,
          other: `استُبعدت ${count(n)} إجابة تالفة`,
        }),
      empty: 'الملف فارغ',
      badJson: 'ليس ملف تقدم مصدَّرًا (JSON غير صالح)',
      unknownFile: 'ليس ملف نتائج كشك من Factline (CSV) ولا ملف تقدم مصدَّرًا (JSON)',
    },

    said: {
      unavailable: 'لا يحفظ هذا المتصفح أي بيانات هنا: يبقى التقرير حتى تُغلق الصفحة.',
      damaged: (n: number) =>
        plural(n, {
          zero: 'لا إجابات تالفة.',
          one: 'تعذّرت إعادة قراءة إجابة تالفة واحدة فاستُبعدت.',
          two: 'تعذّرت إعادة قراءة إجابتين تالفتين فاستُبعدتا.',
          few: `تعذّرت إعادة قراءة ${count(n)} إجابات تالفة فاستُبعدت.`,
          many: `تعذّرت إعادة قراءة ${count(n)} إجابةً تالفة فاستُبعدت.`,
          other: `تعذّرت إعادة قراءة ${count(n)} إجابة تالفة فاستُبعدت.`,
        }),
      imported: (added: number, files: number, already: number, problems: number) => {
        const news = plural(added, {
          zero: 'لم تُستورد أي إجابة جديدة',
          one: 'تم استيراد إجابة جديدة واحدة',
          two: 'تم استيراد إجابتين جديدتين',
          few: `تم استيراد ${count(added)} إجابات جديدة`,
          many: `تم استيراد ${count(added)} إجابةً جديدة`,
          other: `تم استيراد ${count(added)} إجابة جديدة`,
        })
        const from = plural(files, {
          zero: 'أي ملف',
          one: 'ملف واحد',
          two: 'ملفين',
          few: `${count(files)} ملفات`,
          many: `${count(files)} ملفًا`,
          other: `${count(files)} ملف`,
        })
        const kept = plural(already, {
          zero: 'لا إجابات موجودة من قبل في التقرير',
          one: 'إجابة واحدة موجودة من قبل في التقرير',
          two: 'إجابتان موجودتان من قبل في التقرير',
          few: `${count(already)} إجابات موجودة من قبل في التقرير`,
          many: `${count(already)} إجابةً موجودة من قبل في التقرير`,
          other: `${count(already)} إجابة موجودة من قبل في التقرير`,
        })
        const below = plural(problems, {
          zero: 'لا مشكلات أدناه',
          one: 'مشكلة واحدة أدناه',
          two: 'مشكلتان أدناه',
          few: `${count(problems)} مشكلات أدناه`,
          many: `${count(problems)} مشكلةً أدناه`,
          other: `${count(problems)} مشكلة أدناه`,
        })
        return `${news} من ${from}${already > 0 ? ` (${kept})` : ''}${problems > 0 ? `؛ ${below}` : ''}.`
      },
      notKept: 'تعذّر على هذا المتصفح حفظها: تبقى حتى تُغلق الصفحة.',
      cleared: 'تم مسح التقرير.',
      notCleared: 'رفض المتصفح مسح النتائج المحفوظة.',
      exported: (n: number) =>
        plural(n, {
          zero: 'لم يُصدَّر أي سؤال.',
          one: 'تم تصدير سؤال واحد.',
          two: 'تم تصدير سؤالين.',
          few: `تم تصدير ${count(n)} أسئلة.`,
          many: `تم تصدير ${count(n)} سؤالًا.`,
          other: `تم تصدير ${count(n)} سؤال.`,
        }),
    },

    overview: {
      title: 'نظرة عامة',
      students: 'الطلاب',
      answers: 'الإجابات',
      meanScore: 'متوسط الدرجات',
      medianTime: 'الوقت الوسيط',
      reliability: (questions: number, students: number) =>
        `الثبات (معامل ألفا كرونباخ، محسوبًا على ${plural(questions, {
          zero: 'لا أسئلة',
          one: 'سؤال واحد',
          two: 'سؤالين',
          few: `${count(questions)} أسئلة`,
          many: `${count(questions)} سؤالًا`,
          other: `${count(questions)} سؤال`,
        })} و${plural(students, {
          zero: 'لا طلاب',
          one: 'طالب واحد',
          two: 'طالبين',
          few: `${count(students)} طلاب`,
          many: `${count(students)} طالبًا`,
          other: `${count(students)} طالب`,
        })}):`,
      readings: {
        veryConsistent: ': يرتّب الاختبار الطلاب باتساق كبير جدًا: درجاته جديرة بالثقة.',
        consistent: ': يرتّب الاختبار الطلاب باتساق، كما يفعل اختبار صفي جيد.',
        fair: ': اتساق الدرجات متوسط فقط: تحسن مراجعة الأسئلة المعلَّمة للتحقق، أو إضافة أسئلة.',
        inconsistent:
          ': تتوقف الدرجات كثيرًا على الأسئلة التي وقعت لكل طالب: ينبغي التعامل معها بحذر، وإصلاح الأسئلة المعلَّمة، أو إضافة أسئلة.',
      },
      noReliability: 'يحتاج حساب الثبات إلى طالبين على الأقل أجاب كلٌّ منهما عن سؤالين أو أكثر.',
      byTopic: 'حسب الموضوع',
      topic: 'الموضوع',
      topicAnswers: 'الإجابات',
      mean: 'المتوسط',
    },

    histogram: {
      caption: (zero: string, first: string, ninety: string, last: string) =>
        `الطلاب حسب الدرجة، في فئات من عشر نقاط (${isolated(zero)} = ${isolated(first)}، ${isolated(ninety)} = ${isolated(last)}).`,
      tableCaption: 'الطلاب حسب الدرجة',
      score: 'الدرجة',
      students: 'عدد الطلاب',
    },

    questions: {
      title: 'الأسئلة',
      intro:
        'معامل السهولة: متوسط الدرجة، لكل طالب على إجابته الأولى. معامل التمييز: هل أجاب الطلاب المتفوقون في بقية الاختبار عن هذا السؤال إجابة أفضل (من −1 إلى 1؛ دون 0.2 ضعيف، والسالب يعني ضرورة مراجعة مفتاح الإجابة). يُختار سؤال لعرض ما أجاب به الطلاب.',
      columns: {
        question: 'السؤال',
        answered: 'عدد المجيبين',
        facility: 'معامل السهولة',
        discrimination: 'معامل التمييز',
        verdict: 'الحكم',
        appeals: 'الاعتراضات',
      },
      upperLower: 'ع-د',
      upperLowerTitle: 'الفئة العليا ناقص الفئة الدنيا (27%): أقل من 20 طالبًا',
      verdicts: {
        tooFew: 'قليلة جدًا',
        checkKey: 'يُراجَع المفتاح',
        tooEasy: 'سهل جدًا',
        tooHard: 'صعب جدًا',
        weak: 'ضعيف',
        good: 'جيد',
      },
    },

    details: {
      verdict: (verdict: string) => `: ${isolated(verdict)}.`,
      verdicts: {
        tooFew: 'الإجابات أقل من أن يُحكم عليه',
        checkKey:
          'يلزم مراجعة مفتاح الإجابة: الطلاب المتفوقون في بقية الأسئلة أخطؤوا فيه أكثر من غيرهم',
        tooEasy: 'سهل جدًا',
        tooHard: 'صعب جدًا: يلزم التحقق من مفتاح الإجابة ومن الصياغة',
        weak: 'لا يميّز بين من يعرف ومن لا يعرف',
        good: 'سؤال جيد',
      },
      noDiscrimination: 'معامل التمييز: لا يكفي عدد الطلاب (أو تتشابه نتائجهم كلها) للحكم.',
      pointBiserial: (value: string) =>
        `معامل التمييز ${isolated(value)}: الارتباط بين هذا السؤال ودرجة كل طالب في بقية الاختبار.`,
      upperLower: (value: string) =>
        `معامل التمييز ${isolated(value)}: معامل السهولة لدى أعلى 27% من الطلاب (في بقية الاختبار) ناقص معامل السهولة لدى أدنى 27%؛ فمع أقل من 20 طالبًا لا يدل الارتباط على الكثير.`,
      gone: 'لم يعد هذا السؤال في أي بنك من بنوك هذا الموقع: نصه هو الذي ورد في ملف النتائج.',
      options: 'عدد مرات اختيار كل خيار',
      mistakes: 'الأخطاء الأكثر شيوعًا',
      wrongAnswers: 'الإجابات الخاطئة، مجمّعةً كما يقرؤها المصحّح',
      noOption: 'لم يُختر أي خيار.',
      allRight: 'كل الإجابات صحيحة.',
      noAnswer: '(بلا إجابة)',
      right: 'الإجابة الصحيحة',
      appealed: (n: number) =>
        plural(n, {
          zero: 'لا اعتراضات عليها',
          one: 'اعتُرض عليها مرة واحدة',
          two: 'اعتُرض عليها مرتين',
          few: `اعتُرض عليها ${count(n)} مرات`,
          many: `اعتُرض عليها ${count(n)} مرةً`,
          other: `اعتُرض عليها ${count(n)} مرة`,
        }),
      accept: 'قبول',
      acceptAnswer: (answer: string) => ` «${isolated(answer)}»`,
      acceptEnd: ' إجابةً صحيحة',
      open: 'فتح في صفحة التأليف',
      studioNote: '(ملف البنك عند هذا السؤال)',
      studioNoteAccept:
        '(ملف البنك عند هذا السؤال؛ «قبول إجابةً صحيحة» يضيف الإجابة إلى الإجابات المقبولة في مسودة)',
    },
  },
}

export default classPart
