import { count, isolated } from '../../plural'
import type { LessonMessages } from '../en/lesson'

/**
 * Arabic, as in first.ts: Modern Standard Arabic, with no gendered imperative (a verbal noun or
 * an impersonal form instead); inserted texts isolated (FSI … PDI).
 */
const lessonPart: LessonMessages = {
  lesson: {
    notFound: 'الدرس غير موجود',
    noSuchLesson: 'لا يوجد درس بهذا العنوان.',
    chooseLesson: 'يمكن اختيار درس من الصفحة الرئيسية.',
    loading: 'جارٍ تحميل الدرس…',
    number: (order: number) => `الدرس ${count(order)}`,
    progress: 'التقدم في الدرس',
    step: (step: number, total: number) => `الخطوة ${count(step)} من ${count(total)}`,
    about: 'موضوع هذا الدرس',
    whereFrom: 'مصدر الحقائق',
    bankSource: (bank: string) => `المصدر: بنك الأسئلة «${isolated(bank)}».`,
    facts: (part: number, parts: number) => `الحقائق، الجزء ${count(part)} من ${count(parts)}`,
    paragraph: (number: number) => `الفقرة ${count(number)}`,
    back: 'السابق',
    next: 'التالي',
    kind: {
      quiz: 'اختبار الدرس',
      retry: 'مرة أخرى: سؤال سبق الخطأ فيه',
      check: 'التحقق من فهم ما سبقت قراءته',
    },
    complete: 'اكتمل الدرس',
    correct: (correct: number, total: number) =>
      `الإجابات الصحيحة: ${count(correct)} من ${count(total)}`,
    nextLesson: (topic: string) => `الدرس التالي: ${isolated(topic)}`,
    wholeBank: 'اختبار في بنك الأسئلة كاملًا',
    again: 'بدء هذا الدرس من جديد',
  },
}

export default lessonPart
