import { count } from '../../plural'
import type { LessonMessages } from '../en/lesson'

/** Spanish, as in first.ts: the learner is “tú”, in neutral international Spanish. */
const lessonPart: LessonMessages = {
  lesson: {
    notFound: 'Lección no encontrada',
    noSuchLesson: 'Esta lección no existe.',
    chooseLesson: 'Elige una lección en la página de inicio.',
    loading: 'Cargando la lección…',
    number: (order: number) => `Lección ${count(order)}`,
    progress: 'Progreso de la lección',
    step: (step: number, total: number) => `Paso ${count(step)} de ${count(total)}`,
    about: 'De qué trata esta lección',
    whereFrom: 'De dónde vienen los datos',
    bankSource: (bank: string) => `Fuente: el banco de preguntas “${bank}”.`,
    facts: (part: number, parts: number) => `Datos clave, parte ${count(part)} de ${count(parts)}`,
    paragraph: (number: number) => `Párrafo ${count(number)}`,
    back: 'Atrás',
    next: 'Siguiente',
    kind: {
      quiz: 'Cuestionario de la lección',
      retry: 'Otra vez: una pregunta que fallaste antes',
      check: 'Comprueba lo que acabas de leer',
    },
    complete: 'Lección completada',
    correct: (correct: number, total: number) =>
      `Respuestas correctas: ${count(correct)} de ${count(total)}`,
    nextLesson: (topic: string) => `Siguiente lección: ${topic}`,
    wholeBank: 'Cuestionario de todo el banco',
    again: 'Empezar esta lección de nuevo',
  },
}

export default lessonPart
