import { count, isolated, plural } from '../../plural'
import type { ProgressMessages } from '../en/progress'

/**
 * Arabic, as in first.ts: Modern Standard Arabic, with no gendered imperative (a verbal noun or
 * an impersonal form instead); every plural category; inserted texts isolated (FSI … PDI). An
 * appeal is a اعتراض, as in feedback.ts. Where a figure is shown apart, in bold, the noun after it
 * takes its case: إجابات after 3 to 10, إجابةً after 11 to 99, إجابةٍ after 100.
 */
const days = (n: number) =>
  plural(n, {
    zero: 'يوم',
    one: 'يوم واحد',
    two: 'يومين',
    few: 'أيام',
    many: 'يومًا',
    other: 'يومٍ',
  })

const progressPart: ProgressMessages = {
  progress: {
    learner: (name: string) => `المتعلّم: ${isolated(name)}`,
    loading: 'جارٍ تحميل تقدّمك…',
    appeals: 'اعتراضاتك',
    days: (n: number) => `آخر ${count(n)} ${days(n)}`,
  },
  progressSummary: {
    answers: (answers: number) =>
      plural(answers, {
        zero: ' إجابة',
        one: ' إجابة واحدة',
        two: ' إجابتان',
        few: ' إجابات',
        many: ' إجابةً',
        other: ' إجابةٍ',
      }),
    accuracy: ' من الإجابات صحيحة',
    streak: (n: number) =>
      plural(n, {
        zero: ' يوم على التوالي',
        one: ' يوم واحد على التوالي',
        two: ' يومان على التوالي',
        few: ' أيام على التوالي',
        many: ' يومًا على التوالي',
        other: ' يومٍ على التوالي',
      }),
    time: ' إجمالًا',
    none: {
      before: 'لا توجد إجابات بعد. يمكن البدء من ',
      link: 'درس أو اختبار',
      after: '؛ ويُحفظ تقدّمك في هذا المتصفح.',
    },
  },
  progressTopics: {
    topic: 'الموضوع',
    factsMet: 'الحقائق المدروسة',
    mastery: 'الإتقان',
    masteryHint: '(التذكّر بعد أسبوع)',
    accuracy: 'الدقة',
    met: (met: number, facts: number) => `${count(met)} من ${count(facts)}`,
    note: 'الإتقان: مدى احتمال أن تبقى حقائق الموضوع في الذاكرة بعد أسبوع من الآن.',
  },
  progressWeak: {
    title: 'حقائق تحتاج إلى تدريب',
    lately: (share: string) => `(${isolated(share)} إجابات صحيحة مؤخرًا)`,
    practise: 'التدرّب على هذه الحقيقة',
  },
  progressAppeals: {
    answer: (answer: string) => `إجابتك: ${isolated(answer)}`,
    none: 'لا توجد اعتراضات. عند الاعتقاد بأن إجابةً عُدّت خاطئة ينبغي احتسابها، يمكن الضغط على «ينبغي احتساب إجابتي» أسفل التصحيح: يُحفظ الاعتراض هنا ليطّلع عليه المعلم.',
  },
  progressChart: {
    title: (n: number, answers: number) =>
      `الإجابات في كل يوم خلال آخر ${count(n)} ${days(n)}: ${count(answers)} إجمالًا. يعرض الجدول أدناه كل يوم.`,
    caption: (top: string) =>
      `الأعمدة: الإجابات في كل يوم. النقاط: دقة ذلك اليوم (أعلى الرسم ${isolated(top)}).`,
    table: 'الإجابات والدقة في كل يوم',
    day: 'اليوم',
    answers: 'الإجابات',
    accuracy: 'الدقة',
  },
  progressLearner: {
    title: 'المتعلّم',
    name: 'الاسم',
    save: 'حفظ الاسم',
    renamed: (name: string) => `تغيّر الاسم إلى ${isolated(name)}.`,
    remove: 'حذف هذا المتعلّم',
    confirmRemove: (name: string) =>
      `حذف ${isolated(name)} من هذا الجهاز؟ ستُحذف كل إجابة حفظها ${isolated(name)} هنا. يمكن تصدير التقدّم أولًا للاحتفاظ بنسخة.`,
    removed: (name: string) => `حُذف ${isolated(name)} من هذا الجهاز.`,
    notRemoved: (name: string) => `لم يتمكّن المتصفح من حذف ${isolated(name)}.`,
  },
  progressData: {
    title: 'بياناتك',
    intro: 'تبقى إجاباتك في هذا المتصفح. يمكن تصديرها للاحتفاظ بنسخة أو لنقلها إلى جهاز آخر.',
    export: 'تصدير التقدّم',
    import: 'استيراد التقدّم',
    reset: 'إعادة ضبط التقدّم',
    confirmReset: (name: string) =>
      `إعادة ضبط التقدّم؟ ستُحذف كل إجابة حفظها ${isolated(name)} في هذا المتصفح. يمكن تصدير التقدّم أولًا للاحتفاظ بنسخة.`,
    exported: (answers: number) =>
      plural(answers, {
        zero: 'لم تُصدَّر أي إجابة.',
        one: 'صُدِّرت إجابة واحدة.',
        two: 'صُدِّرت إجابتان.',
        few: `صُدِّرت ${count(answers)} إجابات.`,
        many: `صُدِّرت ${count(answers)} إجابةً.`,
        other: `صُدِّرت ${count(answers)} إجابة.`,
      }),
    imported: (added: number) =>
      plural(added, {
        zero: 'لم تُستورد أي إجابة جديدة.',
        one: 'استُوردت إجابة جديدة واحدة.',
        two: 'استُوردت إجابتان جديدتان.',
        few: `استُوردت ${count(added)} إجابات جديدة.`,
        many: `استُوردت ${count(added)} إجابةً جديدة.`,
        other: `استُوردت ${count(added)} إجابة جديدة.`,
      }),
    importedLeftOut: (added: number, dropped: number) =>
      `${plural(added, {
        zero: 'لم تُستورد أي إجابة جديدة',
        one: 'استُوردت إجابة جديدة واحدة',
        two: 'استُوردت إجابتان جديدتان',
        few: `استُوردت ${count(added)} إجابات جديدة`,
        many: `استُوردت ${count(added)} إجابةً جديدة`,
        other: `استُوردت ${count(added)} إجابة جديدة`,
      })} (${plural(dropped, {
        zero: `مع استبعاد ${count(dropped)} من الإجابات التالفة`,
        one: 'مع استبعاد إجابة تالفة واحدة',
        two: 'مع استبعاد إجابتين تالفتين',
        few: `مع استبعاد ${count(dropped)} إجابات تالفة`,
        many: `مع استبعاد ${count(dropped)} إجابةً تالفة`,
        other: `مع استبعاد ${count(dropped)} إجابة تالفة`,
      })}).`,
    notImported: (why: string) => `لم يُستورد شيء: ${isolated(why)}`,
    wasReset: 'أُعيد ضبط تقدّمك.',
    notReset: 'لم يتمكّن المتصفح من إعادة ضبط تقدّمك.',
  },
}

export default progressPart
