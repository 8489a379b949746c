import { isolated } from '../../plural'
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
  quizNotice: {
    notFound: 'الاختبار غير موجود',
    noBank: (names: string) => `لا يوجد بنك أسئلة باسم ${isolated(names)}.`,
    chooseBank: 'يمكن اختيار بنك أسئلة من الصفحة الرئيسية.',
    empty: 'لا يوجد سؤال يطابق موضوعات هذا الاختبار وأنواعه ومستوى صعوبته.',
    another: 'يمكن بدء اختبار آخر.',
    studio: 'تجربة المسودة كما تظهر للطلبة: الإجابات هنا لا تُحفظ.',
    backToDraft: 'العودة إلى المسودة',
  },
}

export default pages
