import { count } from '../../plural'
import type { ResultsMessages } from '../en/results'

/**
 * Spanish, as in first.ts: the learner is “tú”, in neutral international Spanish (“docente”,
 * “cuestionario”). A school's LMS course is “tu curso”.
 */
const resultsPart: ResultsMessages = {
  results: {
    title: 'Resultados',
    correct: (correct: number, total: number) =>
      `Respuestas correctas: ${count(correct)} de ${count(total)}`,
    time: (duration: string) => `Tiempo empleado: ${duration}`,
    retryWrong: 'Repetir las respuestas incorrectas',
    newQuiz: 'Nuevo cuestionario',
    print: 'Imprimir',
    worksheet: 'Imprimir hoja de ejercicios',
    nothingToRetry: 'Todas las respuestas son correctas: no hay nada que repetir.',
    share: 'Compartir este cuestionario',
    copy: 'Copiar enlace',
    copied: 'Enlace copiado.',
    copyBlocked: 'Aquí no se puede copiar: selecciona el enlace y cópialo.',
    byTopic: 'Por tema',
    columns: { topic: 'Tema', correct: 'Correctas', score: 'Puntuación' },
    topicCorrect: (correct: number, total: number) => `${count(correct)} de ${count(total)}`,
    answers: 'Tus respuestas',
    verdict: {
      correct: 'Correcto.',
      partial: 'Parcialmente correcto.',
      incorrect: 'Incorrecto.',
    },
    yourAnswer: 'Tu respuesta:',
    noAnswer: '(sin respuesta)',
    rightAnswer: 'Respuesta correcta:',
    answerKey: 'Clave de respuestas',
    nextStudent: 'Siguiente estudiante',
  },
  resultsCourse: {
    title: (bank: string) => `${bank}: cuestionario`,
    untitled: 'Cuestionario de Factline',
    notConnected: 'Sin conexión con un curso: tus resultados no se envían.',
    review: 'Revisión: nada de lo que hagas aquí se registra.',
    browse: 'Modo exploración: tus respuestas no se califican.',
    missing: 'Cuestionario no encontrado',
    missingHow:
      'Este paquete no contiene ningún cuestionario. Vuelve a exportarlo con npm run questions:export.',
    empty: 'Este cuestionario no tiene preguntas.',
    done: 'Ya terminaste este cuestionario: tu curso guarda tu resultado.',
    backToCourse: 'Volver a tu curso',
    refused: (what: string) =>
      `Tu curso no aceptó ${what}. Tus respuestas se siguen guardando; avisa a tu docente si esto continúa.`,
    unreachable: (why: string) =>
      `No se pudo conectar con tu curso (${why}): tus resultados no se envían.`,
    changed: 'Este cuestionario cambió desde tu última visita, así que empieza de nuevo.',
  },
}

export default resultsPart
