import { count, isolated } from '../../plural'
import type { FirstMessages } from '../en/first'

/**
 * Arabic, Modern Standard. Buttons and instructions use a verbal noun (التحقق من الإجابة) or an
 * impersonal form (يُرجى، يمكن) rather than an imperative, which would pick a gender: girls and
 * boys are addressed alike. Plurals give every category Arabic has (zero, one, two, few, many,
 * other); counts go through `count()`. Every inserted text (a bank's title, an item) may be in
 * Latin script, so it is isolated and its punctuation stays where it belongs.
 */
const first: FirstMessages = {
  app: {
    skip: 'الانتقال إلى المحتوى',
    dismiss: 'إغلاق',
    home: 'الصفحة الرئيسية لـ Factline',
    main: 'القائمة الرئيسية',
    language: 'اللغة',
    nav: { home: 'الرئيسية', review: 'المراجعة', progress: 'التقدم', author: 'التأليف' },
    page: (title: string) => `${isolated(title)} · Factline`,
  },
  quiz: {
    title: 'اختبار',
    named: (bank: string) => `اختبار: ${isolated(bank)}`,
    progress: 'التقدم في الاختبار',
    loading: 'جارٍ تحميل الاختبار…',
  },
  question: {
    name: (number: number, total: number) => `السؤال ${count(number)} من ${count(total)}`,
    answerFirst: 'يُرجى الإجابة عن السؤال أولًا، ثم التحقق منها.',
    check: 'التحقق من الإجابة',
    next: 'السؤال التالي',
    results: 'عرض النتائج',
    chooseOne: 'اختيار إجابة واحدة',
    chooseAll: 'اختيار كل الإجابات الصحيحة',
    yourChoice: 'اختيارك',
    rightAnswer: 'الإجابة الصحيحة',
    yourAnswer: 'إجابتك',
    true: 'صحيح',
    false: 'خطأ',
    choose: 'اختيار…',
    blank: (number: number) => `الفراغ ${count(number)}`,
    orderList: 'العناصر بترتيبك',
    moveUp: (item: string) => `نقل ${isolated(item)} إلى الأعلى`,
    moveDown: (item: string) => `نقل ${isolated(item)} إلى الأسفل`,
    moved: (item: string, position: number, total: number) =>
      `${isolated(item)} الآن في المرتبة ${count(position)} من ${count(total)}`,
  },
}

export default first
