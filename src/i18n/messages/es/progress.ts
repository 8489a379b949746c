import { count, plural } from '../../plural'
import type { ProgressMessages } from '../en/progress'

/**
 * Spanish, as in first.ts: the learner is “tú”, in neutral international Spanish. An appeal is a
 * “solicitud de revisión”, as in feedback.ts; the teacher, “docente”.
 */
const progressPart: ProgressMessages = {
  progress: {
    learner: (name: string) => `Estudiante: ${name}`,
    loading: 'Cargando tu progreso…',
    appeals: 'Tus solicitudes de revisión',
    days: (days: number) =>
      `Últimos ${count(days)} ${plural(days, { one: 'día', many: 'de días', other: 'días' })}`,
  },
  progressSummary: {
    answers: (answers: number) =>
      plural(answers, { one: ' respuesta', many: ' de respuestas', other: ' respuestas' }),
    accuracy: ' de aciertos',
    streak: (days: number) =>
      plural(days, { one: ' día seguido', many: ' de días seguidos', other: ' días seguidos' }),
    time: ' en total',
    none: {
      before: 'Todavía no hay respuestas. Empieza con una ',
      link: 'lección o un cuestionario',
      after: '; tu progreso se guarda en este navegador.',
    },
  },
  progressTopics: {
    topic: 'Tema',
    factsMet: 'Datos vistos',
    mastery: 'Dominio',
    masteryHint: '(recuerdo dentro de una semana)',
    accuracy: 'Aciertos',
    met: (met: number, facts: number) => `${count(met)} de ${count(facts)}`,
    note: 'Dominio: la probabilidad de que todavía recuerdes los datos de un tema dentro de una semana.',
  },
  progressWeak: {
    title: 'Datos para practicar',
    lately: (share: string) => `(${share} de aciertos últimamente)`,
    practise: 'Practicar este dato',
  },
  progressAppeals: {
    answer: (answer: string) => `Tu respuesta: ${answer}`,
    none: 'No hay solicitudes de revisión. Si crees que una respuesta marcada como incorrecta debería contar, pulsa “Mi respuesta debería aceptarse” debajo de la corrección: se guarda aquí para tu docente.',
  },
  progressChart: {
    title: (days: number, answers: number) =>
      `Respuestas por día en los últimos ${count(days)} ${plural(days, {
        one: 'día',
        many: 'de días',
        other: 'días',
      })}: ${count(answers)} en total. La tabla de abajo muestra cada día.`,
    caption: (top: string) =>
      `Barras: respuestas por día. Puntos: aciertos de ese día (el máximo es ${top}).`,
    table: 'Respuestas y aciertos por día',
    day: 'Día',
    answers: 'Respuestas',
    accuracy: 'Aciertos',
  },
  progressLearner: {
    title: 'Estudiante',
    name: 'Nombre',
    save: 'Guardar nombre',
    renamed: (name: string) => `Nuevo nombre: ${name}.`,
    remove: 'Eliminar a este estudiante',
    confirmRemove: (name: string) =>
      `¿Eliminar a ${name} de este dispositivo? Se borrarán todas las respuestas que ${name} guardó aquí. Exporta antes el progreso para conservar una copia.`,
    removed: (name: string) => `${name} ya no está en este dispositivo.`,
    notRemoved: (name: string) => `El navegador no pudo eliminar a ${name}.`,
  },
  progressData: {
    title: 'Tus datos',
    intro:
      'Tus respuestas se quedan en este navegador. Expórtalas para conservar una copia o pasarlas a otro dispositivo.',
    export: 'Exportar progreso',
    import: 'Importar progreso',
    reset: 'Restablecer progreso',
    confirmReset: (name: string) =>
      `¿Restablecer el progreso? Se borrarán todas las respuestas que ${name} guardó en este navegador. Exporta antes tu progreso para conservar una copia.`,
    exported: (answers: number) =>
      plural(answers, {
        one: `Se exportó ${count(answers)} respuesta.`,
        many: `Se exportaron ${count(answers)} de respuestas.`,
        other: `Se exportaron ${count(answers)} respuestas.`,
      }),
    imported: (added: number) =>
      plural(added, {
        one: `Se importó ${count(added)} respuesta nueva.`,
        many: `Se importaron ${count(added)} de respuestas nuevas.`,
        other: `Se importaron ${count(added)} respuestas nuevas.`,
      }),
    importedLeftOut: (added: number, dropped: number) =>
      `${plural(added, {
        one: `Se importó ${count(added)} respuesta nueva`,
        many: `Se importaron ${count(added)} de respuestas nuevas`,
        other: `Se importaron ${count(added)} respuestas nuevas`,
      })} (${plural(dropped, {
        one: `se dejó fuera ${count(dropped)} respuesta dañada`,
        many: `se dejaron fuera ${count(dropped)} de respuestas dañadas`,
        other: `se dejaron fuera ${count(dropped)} respuestas dañadas`,
      })}).`,
    notImported: (why: string) => `No se importó nada: ${why}`,
    wasReset: 'Tu progreso se restableció.',
    notReset: 'El navegador no pudo restablecer tu progreso.',
  },
}

export default progressPart
