import { count, isolated, plural } from '../../plural'
import type { PeopleMessages } from '../en/people'

/**
 * Arabic, as in first.ts: Modern Standard Arabic, with no gendered imperative (a verbal noun or
 * an impersonal form instead); every plural category; inserted texts isolated (FSI … PDI).
 */
const peoplePart: PeopleMessages = {
  people: {
    me: 'أنا',
    open: (name: string) => `المتعلّم: ${isolated(name)}. تغيير المتعلّم`,
    title: 'مَن يتعلّم الآن؟',
    intro: 'لكل متعلّم على هذا الجهاز تقدّمه الخاص. دون كلمات مرور.',
    learningNow: '(يتعلّم الآن)',
    newName: 'اسم المتعلّم الجديد',
    add: 'إضافة متعلّم',
    elsewhere: 'يمكن إعادة تسمية المتعلّمين أو حذفهم من صفحة التقدم.',
    close: 'إغلاق',
  },
  peopleName: {
    empty: 'يُرجى كتابة اسم.',
    tooLong: (most: number) =>
      `يمكن أن يتكوّن الاسم من ${plural(most, {
        zero: `${count(most)} من الحروف`,
        one: 'حرف واحد',
        two: 'حرفين',
        few: `${count(most)} أحرف`,
        many: `${count(most)} حرفًا`,
        other: `${count(most)} حرف`,
      })} على الأكثر.`,
    taken: (name: string) => `الاسم ${isolated(name)} مستخدم من قبل على هذا الجهاز.`,
  },
  peopleUpdate: {
    ready: 'إصدار جديد من Factline جاهز، ويبدأ العمل به عند اختيار «تحديث».',
    update: 'تحديث',
  },
  peopleNotice: {
    notKept:
      'لا يسمح هذا المتصفح لـ Factline بحفظ تقدّمك (التخزين معطّل)، لذا سيضيع عند إغلاق علامة التبويب.',
    full: 'مساحة التخزين في المتصفح ممتلئة، لذا قد لا تُحفظ إجاباتك الأخيرة. تقدّمك السابق في أمان؛ يُرجى إفراغ بعض المساحة أو تصدير تقدّمك.',
    damaged: (answers: number) =>
      `${plural(answers, {
        zero: `تعذّرت قراءة ${count(answers)} من الإجابات المحفوظة لأنها تالفة.`,
        one: 'تعذّرت قراءة إجابة محفوظة واحدة لأنها تالفة.',
        two: 'تعذّرت قراءة إجابتين محفوظتين لأنهما تالفتان.',
        few: `تعذّرت قراءة ${count(answers)} إجابات محفوظة لأنها تالفة.`,
        many: `تعذّرت قراءة ${count(answers)} إجابةً محفوظة لأنها تالفة.`,
        other: `تعذّرت قراءة ${count(answers)} إجابة محفوظة لأنها تالفة.`,
      })} حُفظت نسخة منها جانبًا، وبقية تقدّمك موجودة هنا.`,
  },
  peopleImport: {
    notProgress: 'هذا الملف ليس ملف تقدّم من Factline.',
    newer: 'ملف التقدّم هذا من إصدار أحدث من Factline.',
    damaged: 'ملف التقدّم هذا تالف وتعذّرت قراءته.',
    allDamaged: 'تعذّرت قراءة جميع الإجابات في ملف التقدّم هذا.',
    tooLarge: 'ملف التقدّم هذا أكبر من أن تمكن قراءته.',
    empty: 'الملف فارغ.',
    unreadable: 'تعذّرت قراءة الملف.',
    notStored: 'لم يحفظ المتصفح التقدّم المستورد؛ لم يتغيّر شيء.',
  },
}

export default peoplePart
