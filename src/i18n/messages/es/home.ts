import { count, plural } from '../../plural'
import type { HomeMessages } from '../en/home'

/** Spanish, as in first.ts: the learner is “tú”, in neutral international Spanish. */
const homePart: HomeMessages = {
  home: {
    lead: 'Aprende una noticia dato a dato: lecciones breves, cuestionarios que citan la fuente y un progreso que se guarda en este navegador.',
    due: (facts: number) =>
      plural(facts, {
        one: `${count(facts)} dato para repasar`,
        many: `${count(facts)} de datos para repasar`,
        other: `${count(facts)} datos para repasar`,
      }),
    teachers: {
      before: 'Para docentes: escribe preguntas en el ',
      studio: 'espacio de creación',
      between: ' y consulta los resultados de una clase en el ',
      classReport: 'informe de la clase',
      after: '.',
    },
  },
  homeBank: {
    lessons: 'Lecciones',
    complete: (score: string) => `Completada, ${score}`,
    inProgress: 'En curso',
    notStarted: 'Sin empezar',
    quiz: 'Cuestionario',
    questions: 'Preguntas',
    all: (questions: number) => `Todas (${count(questions)})`,
    start: 'Empezar cuestionario',
    worksheet: 'Imprimir hoja de ejercicios',
    worksheetOf: (bank: string) => `Imprimir hoja de ejercicios: ${bank}`,
  },
  homeMissing: {
    nothing: 'No hay nada en esta dirección.',
    back: 'Volver a la página de inicio',
  },
}

export default homePart
