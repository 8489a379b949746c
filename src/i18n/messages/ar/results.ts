import { count, isolated } from '../../plural'
import type { ResultsMessages } from '../en/results'

/**
 * Arabic, as in first.ts: Modern Standard Arabic, with no gendered imperative (a verbal noun or
 * an impersonal form instead); inserted texts isolated (FSI … PDI). A school's LMS course is
 * المقرر.
 */
const resultsPart: ResultsMessages = {
  results: {
    title: 'النتائج',
    correct: (correct: number, total: number) =>
      `الإجابات الصحيحة: ${count(correct)} من ${count(total)}`,
    time: (duration: string) => `الوقت المستغرق: ${isolated(duration)}`,
    retryWrong: 'إعادة الإجابات الخاطئة',
    newQuiz: 'اختبار جديد',
    print: 'طباعة',
    worksheet: 'طباعة ورقة العمل',
    nothingToRetry: 'كل الإجابات صحيحة: لا شيء لإعادته.',
    share: 'مشاركة هذا الاختبار',
    copy: 'نسخ الرابط',
    copied: 'نُسخ الرابط.',
    copyBlocked: 'النسخ غير متاح هنا: يمكن تحديد الرابط ونسخه يدويًا.',
    byTopic: 'حسب الموضوع',
    columns: { topic: 'الموضوع', correct: 'الإجابات الصحيحة', score: 'الدرجة' },
    topicCorrect: (correct: number, total: number) => `${count(correct)} من ${count(total)}`,
    answers: 'إجاباتك',
    verdict: {
      correct: 'إجابة صحيحة.',
      partial: 'إجابة صحيحة جزئيًا.',
      incorrect: 'إجابة خاطئة.',
    },
    yourAnswer: 'إجابتك:',
    noAnswer: '(لا إجابة)',
    rightAnswer: 'الإجابة الصحيحة:',
    answerKey: 'مفتاح الإجابات',
    nextStudent: 'الطالب التالي',
  },
  resultsCourse: {
    title: (bank: string) => `${isolated(bank)}: اختبار`,
    untitled: 'اختبار Factline',
    notConnected: 'لا اتصال بمقرر دراسي: النتائج لا تُرسَل.',
    review: 'وضع المراجعة: لا يُسجَّل شيء مما يجري هنا.',
    browse: 'وضع التصفح: الإجابات لا تُحتسب في الدرجة.',
    missing: 'الاختبار غير موجود',
    missingHow: `لا تحتوي هذه الحزمة على اختبار. يمكن تصديرها من جديد بالأمر ${isolated('npm run questions:export')}.`,
    empty: 'لا يحتوي هذا الاختبار على أسئلة.',
    done: 'سبق إنهاء هذا الاختبار: النتيجة محفوظة في المقرر.',
    backToCourse: 'العودة إلى المقرر',
    refused: (what: string) =>
      `لم يقبل المقرر ${isolated(what)}. يستمر حفظ الإجابات؛ يُرجى إبلاغ المعلم إذا تكرر ذلك.`,
    unreachable: (why: string) => `تعذّر الوصول إلى المقرر (${isolated(why)}): النتائج لا تُرسَل.`,
    changed: 'تغيّر هذا الاختبار منذ الزيارة السابقة، لذا يبدأ من جديد.',
  },
}

export default resultsPart
