import { isolated, plural } from '../../plural'
import type { PagesMessages } from '../en/pages'

const pages: PagesMessages = {
  titles: {
    lesson: 'درس',
    review: 'المراجعة',
    progress: 'التقدم',
    kiosk: 'وضع الكشك',
    author: 'التأليف',
    class: 'تقرير الصف',
    print: 'ورقة عمل',
    notFound: 'الصفحة غير موجودة',
  },
  banks: {
    missing: (names: string, how: number) =>
      plural(how, {
        zero: `لا توجد بنوك أسئلة بالأسماء ${isolated(names)}.`,
        one: `لا يوجد بنك أسئلة باسم ${isolated(names)}.`,
        two: `لا يوجد بنكا أسئلة بالاسمين ${isolated(names)}.`,
        few: `لا توجد بنوك أسئلة بالأسماء ${isolated(names)}.`,
        many: `لا توجد بنوك أسئلة بالأسماء ${isolated(names)}.`,
        other: `لا توجد بنوك أسئلة بالأسماء ${isolated(names)}.`,
      }),
    quoted: (name: string) => `«${isolated(name)}»`,
  },
  quizNotice: {
    notFound: 'الاختبار غير موجود',
    chooseBank: 'يمكن اختيار بنك أسئلة من الصفحة الرئيسية.',
    empty: 'لا يوجد سؤال يطابق موضوعات هذا الاختبار وأنواعه ومستوى صعوبته.',
    another: 'يمكن بدء اختبار آخر.',
    studio: 'تجربة المسودة كما تظهر للطلبة: الإجابات هنا لا تُحفظ.',
    backToDraft: 'العودة إلى المسودة',
  },
}

export default pages
