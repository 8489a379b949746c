import { isolated, plural } from '../../plural'
import type { FeedbackMessages } from '../en/feedback'

/**
 * Arabic, as in first.ts: Modern Standard Arabic, with no gendered imperative (a verbal noun or
 * an impersonal form instead); every plural category; inserted texts isolated (FSI … PDI).
 */
const feedback: FeedbackMessages = {
  feedback: {
    verdict: {
      correct: 'إجابة صحيحة',
      partial: 'إجابة صحيحة جزئيًا',
      incorrect: 'إجابة خاطئة',
    },
    spelling: 'إجابة قريبة: يُرجى التحقق من الإملاء.',
    unit: 'إجابة قريبة: تنقصها الوحدة بعد العدد.',
    rightAnswer: 'الإجابة الصحيحة:',
    matchKey: (right: string) => `الإجابة الصحيحة: ${isolated(right)}`,
    source: 'المصدر:',
    // Paragraphs named by their numbers: singular, dual, and the plural for every other count.
    paragraphs: (list: string, how: number) =>
      `${plural(how, {
        zero: 'الفقرات',
        one: 'الفقرة',
        two: 'الفقرتان',
        few: 'الفقرات',
        many: 'الفقرات',
        other: 'الفقرات',
      })} ${isolated(list)} من `,
    appealKept: 'سُجّل الاعتراض.',
    appealSeen: 'يمكن للمعلم الاطلاع عليه، وتبقى درجتك كما هي.',
    appeal: 'ينبغي احتساب إجابتي',
  },
}

export default feedback
