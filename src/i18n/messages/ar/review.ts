import { count, isolated, plural } from '../../plural'
import type { ReviewMessages } from '../en/review'

/**
 * Arabic, as in first.ts: Modern Standard Arabic, with no gendered imperative (a verbal noun or
 * an impersonal form instead); every plural category; inserted texts isolated (FSI … PDI).
 */
const reviewPart: ReviewMessages = {
  review: {
    loading: 'جارٍ البحث عمّا حان وقت مراجعته…',
    reviewed: (done: number, right: number) =>
      `تمّت مراجعة ${plural(done, {
        zero: `${count(done)} من الأسئلة`,
        one: 'سؤال واحد',
        two: 'سؤالين',
        few: `${count(done)} أسئلة`,
        many: `${count(done)} سؤالًا`,
        other: `${count(done)} سؤال`,
      })}، والإجابات الصحيحة: ${count(right)}.`,
    nothingDue: 'لا شيء للمراجعة',
    rightNow: ' في الوقت الحالي.',
    nextDue: (when: string) => `تعود الحقيقة التالية للمراجعة في ${isolated(when)}.`,
    empty: {
      before: 'عند الإجابة عن الأسئلة في ',
      link: 'درس أو اختبار',
      after: '، يعيد Factline كل حقيقة إلى هنا قُبيل نسيانها.',
    },
    position: (fact: number, facts: number) => `الحقيقة ${count(fact)} من ${count(facts)} للمراجعة`,
  },
}

export default reviewPart
