import { count, isolated, plural } from '../../plural'
import type { AuthorMessages } from '../en/author'

/**
 * Arabic, as in first.ts: Modern Standard Arabic, with no gendered imperative (a verbal noun or
 * an impersonal form instead); every plural category; inserted texts isolated (FSI … PDI), line
 * and column numbers too, as the editor's gutter writes them. Validator messages stay English.
 */
const at = (n: number) => isolated(`${n}`)
const questions = (n: number) =>
  plural(n, {
    zero: 'لا أسئلة',
    one: 'سؤال واحد',
    two: 'سؤالان',
    few: `${count(n)} أسئلة`,
    many: `${count(n)} سؤالًا`,
    other: `${count(n)} سؤال`,
  })
const topics = (n: number) =>
  plural(n, {
    zero: 'لا موضوعات',
    one: 'موضوع واحد',
    two: 'موضوعان',
    few: `${count(n)} موضوعات`,
    many: `${count(n)} موضوعًا`,
    other: `${count(n)} موضوع`,
  })
const facts = (n: number) =>
  plural(n, {
    zero: 'لا حقائق',
    one: 'حقيقة واحدة',
    two: 'حقيقتان',
    few: `${count(n)} حقائق`,
    many: `${count(n)} حقيقةً`,
    other: `${count(n)} حقيقة`,
  })
const summary = (all: number, written: number, generated: number, topic: number, fact: number) =>
  `${questions(all)} (المكتوبة: ${count(written)}، المولَّدة: ${count(generated)})، ${topics(topic)}، ${facts(fact)}`

const authorPart: AuthorMessages = {
  author: {
    lead: 'يمكن كتابة ملف أسئلة بصيغة Factline YAML أو Moodle GIFT، أو فتح ملف بصيغة Moodle XML أو Aiken. تظهر المشكلات في أثناء الكتابة، وتعرض المعاينة كل سؤال كما سيراه الطلاب. الصيغ موصوفة في ملف README، في قسم «Writing question banks».',
    file: 'ملف الأسئلة',
    toolbar: {
      draft: 'المسودة',
      draftLabel: (name: string, when: string) => `${isolated(name)} (${isolated(when)})`,
      newDraft: 'مسودة جديدة',
      open: 'فتح ملف أسئلة',
      format: 'الصيغة',
    },
    actions: {
      saved: 'حُفظت في هذا المتصفح.',
      notSaved: 'تعذّر حفظ المسودة في هذا المتصفح: يُرجى تنزيلها للاحتفاظ بها.',
      tryAsStudent: 'التجربة بصفة طالب',
      download: 'تنزيل',
      downloadGift: 'التنزيل بصيغة GIFT',
      copyLink: 'نسخ رابط المشاركة',
    },
    problems: {
      title: 'المشكلات',
      checking: 'جارٍ الفحص…',
      none: 'لا مشكلات: الملف جاهز للاستخدام.',
      summary: (errors: number, warnings: number) =>
        `${plural(errors, {
          zero: 'لا أخطاء',
          one: 'خطأ واحد',
          two: 'خطآن',
          few: `${count(errors)} أخطاء`,
          many: `${count(errors)} خطأً`,
          other: `${count(errors)} خطأ`,
        })}، ${plural(warnings, {
          zero: 'لا تحذيرات',
          one: 'تحذير واحد',
          two: 'تحذيران',
          few: `${count(warnings)} تحذيرات`,
          many: `${count(warnings)} تحذيرًا`,
          other: `${count(warnings)} تحذير`,
        })}. يمكن اختيار أيٍّ منها للانتقال إلى موضعه.`,
      item: (line: number, column: number, message: string) =>
        `السطر ${at(line)}، العمود ${at(column)}: ${isolated(message)}`,
    },
    preview: {
      title: 'المعاينة',
      summary,
      fileSummary: (all: number, written: number, generated: number, topic: number, fact: number) =>
        `هذا الملف: ${summary(all, written, generated, topic, fact)}`,
      noWritten: 'لا يوجد سؤال مكتوب بعد.',
      orphans: 'أسئلة مولَّدة من حقائق لا يختبرها أي سؤال مكتوب',
      untested: 'حقائق لا يختبرها أي سؤال',
      more: (hidden: number) => `عرض مزيد من الأسئلة (غير المعروضة: ${count(hidden)})`,
      siblings: 'أسئلة مولَّدة من الحقائق نفسها:',
      answer: '— الإجابة:',
    },
    refused: {
      xml: 'لا تُضاف الإجابات هنا إلا إلى ملفات Factline YAML وMoodle GIFT، لا إلى ملفات Moodle XML: يمكن إضافتها يدويًا بوصفها <answer fraction="100"> في السؤال، أو في Moodle',
      aiken:
        'لا تُضاف الإجابات هنا إلا إلى ملفات Factline YAML وMoodle GIFT، لا إلى ملفات Aiken: سؤال Aiken من نوع الاختيار الواحد، فإجاباته تُختار ولا تُكتب',
      noLetters: 'الإجابة الخالية من الحروف والأرقام لا تقبل شيئًا',
      noQuestion: (question: string) => `لا يحتوي الملف على سؤال «${isolated(question)}»`,
      cloze:
        'إنه سؤال ملء فراغات: تحديد الفراغ الذي تملؤه الإجابة، وهل تناسبه، يحتاج إلى تقدير المعلم',
      numeric: 'إنه سؤال عددي: إجابته عدد له هامش تسامح أو مدى، وهذا يحتاج إلى تقدير المعلم',
      chosen: (type: string) => `إنه ${isolated(type)}: إجاباته تُختار ولا تُكتب`,
      types: {
        single: 'سؤال اختيار واحد',
        multiple: 'سؤال اختيار متعدد',
        truefalse: 'سؤال صواب أو خطأ',
        order: 'سؤال ترتيب',
        match: 'سؤال مطابقة',
      },
      otherType: (type: string) => `سؤال من نوع «${isolated(type)}»`,
      yamlSyntax: 'في الملف خطأ في صياغة YAML: يُرجى تصحيحه أولًا',
      giftSyntax: 'في الملف خطأ في صياغة GIFT: يُرجى تصحيحه أولًا',
      notList: 'إجاباته ليست قائمة نصوص',
      changed: 'تعذّرت إضافتها دون تغيير أجزاء أخرى من الملف: يُرجى إضافتها إلى الإجابات يدويًا',
      generated: (fact: string) =>
        `هذا السؤال مولَّد من الحقيقة ${isolated(fact)}، فليست له إجابات خاصة به؛ يمكن تعديل الحقيقة، أو كتابة سؤال ذي إجابة قصيرة`,
    },
    said: {
      openedFile: (file: string) => `فُتح الملف ${isolated(file)}.`,
      openedFileAs: (file: string, format: string) =>
        `فُتح الملف ${isolated(file)}: قُرئ نصه بصيغة ${isolated(format)}.`,
      notQuestionFile: (file: string, types: string, last: string) =>
        `الملف ${isolated(file)} ليس ملف أسئلة: يُرجى فتح ملف ${isolated(types)} أو ${isolated(last)}.`,
      notText: (file: string, line: number, column: number, reason: string) =>
        `تعذّر فتح الملف ${isolated(file)}: السطر ${at(line)}، العمود ${at(column)}: ${isolated(reason)}.`,
      pasted: (format: string, was: string) =>
        `النص الملصق بصيغة ${isolated(format)}: صارت المسودة تُفحص بصيغة ${isolated(format)}. وللتراجع، يُختار ${isolated(was)} من قائمة «الصيغة».`,
      pastedRenamed: (format: string, name: string, was: string) =>
        `النص الملصق بصيغة ${isolated(format)}: صارت المسودة تُفحص بصيغة ${isolated(format)}، واسمها الآن ${isolated(name)}. وللتراجع، يُختار ${isolated(was)} من قائمة «الصيغة».`,
      otherFilesFailed: (bank: string) =>
        `تعذّر تحميل الملفات الأخرى لبنك الأسئلة ${isolated(bank)}: يُفحص هذا الملف وحده.`,
      noBank: (bank: string) => `لا يوجد بنك أسئلة «${isolated(bank)}» يمكن فتحه هنا: لم يُفتح شيء.`,
      noQuestion: (bank: string, question: string) =>
        `لا يحتوي بنك الأسئلة ${isolated(bank)} على سؤال «${isolated(question)}»: لم يُفتح شيء.`,
      openedAt: (file: string, question: string, line: number) =>
        `فُتح الملف ${isolated(file)} عند السؤال ${isolated(question)} (السطر ${at(line)}).`,
      openedDraftAt: (file: string, question: string, line: number) =>
        `فُتحت مسودتك من الملف ${isolated(file)}، بتعديلاتك، عند السؤال ${isolated(question)} (السطر ${at(line)}).`,
      openedAtFact: (file: string, fact: string, line: number, question: string) =>
        `فُتح الملف ${isolated(file)} عند الحقيقة ${isolated(fact)} (السطر ${at(line)}): السؤال ${isolated(question)} مولَّد منها.`,
      openedDraftAtFact: (file: string, fact: string, line: number, question: string) =>
        `فُتحت مسودتك من الملف ${isolated(file)}، بتعديلاتك، عند الحقيقة ${isolated(fact)} (السطر ${at(line)}): السؤال ${isolated(question)} مولَّد منها.`,
      accepted: (answer: string, question: string, line: number) =>
        `أُضيفت «${isolated(answer)}» إلى الإجابات المقبولة للسؤال ${isolated(question)} (السطر ${at(line)}). يُرجى مراجعتها ثم تنزيل الملف.`,
      alreadyAccepted: (answer: string, question: string, line: number, as: string) =>
        `الإجابة «${isolated(answer)}» مقبولة من قبل في السؤال ${isolated(question)} (السطر ${at(line)})، بوصفها «${isolated(as)}»: لم يتغير شيء.`,
      notAccepted: (answer: string, question: string, line: number, reason: string) =>
        `لم تُضف «${isolated(answer)}» إلى السؤال ${isolated(question)} (السطر ${at(line)}): ${isolated(reason)}.`,
      sharedOpened: (name: string) => `فُتحت المسودة المشتركة ${isolated(name)}.`,
      sharedDamaged: 'رابط المشاركة هذا تالف: تعذّر فتح المسودة.',
      tooLong: (length: number, most: number) =>
        `هذه المسودة أطول من أن تُرسل في رابط (عدد أحرفها ${count(length)}، والحد الأقصى ${count(most)}): يُرجى تنزيل الملف وإرساله بدلًا من ذلك.`,
      linkCopied: 'نُسخ رابط المشاركة.',
      copyBlocked: (link: string) => `النسخ غير متاح هنا؛ الرابط هو: ${isolated(link)}`,
    },
  },
  authorEditor: {
    Find: 'بحث',
    Replace: 'استبدال',
    next: 'التالي',
    previous: 'السابق',
    all: 'الكل',
    'match case': 'مطابقة حالة الأحرف',
    regexp: 'تعبير نمطي',
    'by word': 'كلمة كاملة',
    replace: 'استبدال',
    'replace all': 'استبدال الكل',
    close: 'إغلاق',
    'current match': 'التطابق الحالي',
    'on line': 'في السطر',
    'replaced match on line $': 'استُبدل التطابق في السطر $',
    'replaced $ matches': 'عدد التطابقات المستبدلة: $',
    'Go to line': 'الانتقال إلى سطر',
    go: 'انتقال',
    'Folded lines': 'أسطر مطوية',
    'Unfolded lines': 'أسطر موسَّعة',
    'Fold line': 'طي السطر',
    'Unfold line': 'توسيع السطر',
    'folded code': 'شيفرة مطوية',
    unfold: 'توسيع',
    to: 'إلى',
    'Selection deleted': 'حُذف التحديد',
    'Control character': 'محرف تحكم',
    Completions: 'الإكمالات',
    Diagnostics: 'التشخيصات',
    'No diagnostics': 'لا تشخيصات',
  },
}

export default authorPart
