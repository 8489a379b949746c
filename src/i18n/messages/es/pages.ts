import { plural } from '../../plural'
import type { PagesMessages } from '../en/pages'

const pages: PagesMessages = {
  titles: {
    lesson: 'Lección',
    review: 'Repaso',
    progress: 'Progreso',
    kiosk: 'Modo quiosco',
    author: 'Crear',
    class: 'Informe de la clase',
    print: 'Hoja de ejercicios',
    notFound: 'Página no encontrada',
  },
  banks: {
    missing: (names: string, how: number) =>
      plural(how, {
        one: `No hay ningún banco de preguntas llamado ${names}.`,
        many: `No hay bancos de preguntas llamados ${names}.`,
        other: `No hay bancos de preguntas llamados ${names}.`,
      }),
    quoted: (name: string) => `“${name}”`,
  },
  quizNotice: {
    notFound: 'Cuestionario no encontrado',
    chooseBank: 'Elige un banco de preguntas en la página de inicio.',
    empty:
      'Ninguna pregunta coincide con los temas, los tipos y la dificultad de este cuestionario.',
    another: 'Empieza otro cuestionario.',
    studio: 'Estás probando el borrador como estudiante: aquí las respuestas no se guardan.',
    backToDraft: 'Volver al borrador',
  },
}

export default pages
