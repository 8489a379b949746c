import { count } from '../../plural'
import type { FirstMessages } from '../en/first'

/**
 * Spanish. The learner is addressed as “tú”, as school apps do in Spain and Latin America, in a
 * neutral international Spanish: words both sides of the Atlantic read the same way (“comprobar”,
 * “cuestionario”, “espacio” for a gap), none that only one of them uses.
 */
const first: FirstMessages = {
  app: {
    skip: 'Saltar al contenido',
    dismiss: 'Cerrar',
    home: 'Inicio de Factline',
    main: 'Menú principal',
    language: 'Idioma',
    nav: { home: 'Inicio', review: 'Repaso', progress: 'Progreso', author: 'Crear' },
    page: (title: string) => `${title} · Factline`,
  },
  quiz: {
    title: 'Cuestionario',
    named: (bank: string) => `Cuestionario: ${bank}`,
    progress: 'Progreso del cuestionario',
    loading: 'Cargando el cuestionario…',
  },
  question: {
    name: (number: number, total: number) => `Pregunta ${count(number)} de ${count(total)}`,
    answerFirst: 'Responde a la pregunta y después comprueba tu respuesta.',
    check: 'Comprobar respuesta',
    next: 'Siguiente pregunta',
    results: 'Ver resultados',
    chooseOne: 'Marca una sola respuesta',
    chooseAll: 'Marca todas las respuestas correctas',
    yourChoice: 'Tu elección',
    rightAnswer: 'Respuesta correcta',
    yourAnswer: 'Tu respuesta',
    true: 'Verdadero',
    false: 'Falso',
    choose: 'Elegir…',
    blank: (number: number) => `Espacio ${count(number)}`,
    orderList: 'Los elementos en tu orden',
    moveUp: (item: string) => `Subir ${item}`,
    moveDown: (item: string) => `Bajar ${item}`,
    moved: (item: string, position: number, total: number) =>
      `${item} ahora está en la posición ${count(position)} de ${count(total)}`,
  },
}

export default first
