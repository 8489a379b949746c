import { count, isolated, plural } from '../../plural'
import type { HomeMessages } from '../en/home'

/**
 * Arabic, as in first.ts: Modern Standard Arabic, with no gendered imperative (a verbal noun or
 * an impersonal form instead); every plural category; inserted texts isolated (FSI … PDI).
 */
const homePart: HomeMessages = {
  home: {
    lead: 'تعلُّم خبر صحفي حقيقةً بعد حقيقة: دروس قصيرة، واختبارات تذكر مصادرها، وتقدّم يُحفظ في هذا المتصفح.',
    due: (facts: number) =>
      plural(facts, {
        zero: 'لا حقائق للمراجعة',
        one: 'حقيقة واحدة للمراجعة',
        two: 'حقيقتان للمراجعة',
        few: `${count(facts)} حقائق للمراجعة`,
        many: `${count(facts)} حقيقةً للمراجعة`,
        other: `${count(facts)} حقيقة للمراجعة`,
      }),
    teachers: {
      before: 'للمعلّمين: كتابة الأسئلة في ',
      studio: 'استوديو التأليف',
      between: '، والاطلاع على نتائج الصف في ',
      classReport: 'تقرير الصف',
      after: '.',
    },
  },
  homeBank: {
    lessons: 'الدروس',
    complete: (score: string) => `مكتمل، ${isolated(score)}`,
    inProgress: 'قيد الإنجاز',
    notStarted: 'لم يبدأ بعد',
    quiz: 'اختبار',
    questions: 'عدد الأسئلة',
    all: (questions: number) => `الكل (${count(questions)})`,
    start: 'بدء الاختبار',
    worksheet: 'طباعة ورقة العمل',
    worksheetOf: (bank: string) => `طباعة ورقة العمل: ${isolated(bank)}`,
  },
  homeMissing: {
    nothing: 'لا يوجد شيء على هذا العنوان.',
    back: 'العودة إلى الصفحة الرئيسية',
  },
}

export default homePart
