import { count, isolated, plural } from '../../plural'
import type { PrintMessages } from '../en/print'

/**
 * Arabic, as in first.ts: Modern Standard Arabic; instructions in an impersonal form (يُرجى …)
 * rather than a gendered imperative; every plural category; inserted texts isolated. On paper the
 * items are named with the letters in their abjad order (أ، ب، ج، د…), as Arabic test papers name
 * them; the versions of a sheet are its نماذج, as an exam's are.
 */
const LETTERS = [
  'أ',
  'ب',
  'ج',
  'د',
  'هـ',
  'و',
  'ز',
  'ح',
  'ط',
  'ي',
  'ك',
  'ل',
  'م',
  'ن',
  'س',
  'ع',
  'ف',
  'ص',
  'ق',
  'ر',
  'ش',
  'ت',
  'ث',
  'خ',
  'ذ',
  'ض',
  'ظ',
  'غ',
]

const printPart: PrintMessages = {
  print: {
    title: (bank: string) => `${isolated(bank)} · ورقة عمل`,
    notFound: 'ورقة العمل غير موجودة',
    noLink: 'لا يحدد هذا الرابط أي بنك أسئلة.',
    chooseBank: 'يمكن اختيار بنك أسئلة من الصفحة الرئيسية.',
    loading: 'جارٍ تحميل ورقة العمل…',
    empty: 'لا يوجد سؤال يطابق موضوعات ورقة العمل هذه وأنواعها ومستوى صعوبتها.',
    toolbar: {
      print: 'طباعة',
      versions: 'عدد النماذج',
      hint: 'لكل نموذج أسئلة تُسحب وتُرتّب من جديد، ومفتاح إجابات خاص به في صفحة مستقلة.',
    },
    sheet: {
      version: (version: number) => `النموذج ${count(version)}`,
      name: 'الاسم',
      class: 'الصف',
      date: 'التاريخ',
    },
    paper: {
      tickOne: 'يُرجى وضع علامة أمام إجابة واحدة.',
      tickAll: 'يُرجى وضع علامة أمام كل إجابة صحيحة.',
      answer: 'الإجابة:',
      blank: (number: number) => `(الفراغ ${count(number)})`,
      circleOne: (number: number) => `(الفراغ ${count(number)}، يُرجى وضع دائرة حول خيار واحد:)`,
      match: 'يُرجى كتابة حرف النص المطابق في كل مربع.',
      order: 'يُرجى كتابة الحروف بالترتيب الصحيح، والحرف الأول في الخانة 1.',
      letter: (index: number) => LETTERS[index] ?? count(index + 1),
    },
    key: {
      title: 'مفتاح الإجابات',
      version: (version: number) => `مفتاح الإجابات، النموذج ${count(version)}`,
      sources: (headline: string, publisher: string, date: string) =>
        `أرقام الفقرات هي أرقامها في المقال «${isolated(headline)}»، ${isolated(publisher)}، ${isolated(date)}.`,
      source: (list: string, how: number) =>
        `المصدر: ${plural(how, {
          zero: 'الفقرات',
          one: 'الفقرة',
          two: 'الفقرتان',
          few: 'الفقرات',
          many: 'الفقرات',
          other: 'الفقرات',
        })} ${isolated(list)}`,
      pair: (left: string, letter: string) => `${isolated(left)}: ${isolated(letter)}`,
      letterSeparator: '، ',
      pairSeparator: '؛ ',
    },
  },
}

export default printPart
