import { plural } from '../../plural'
import type { FeedbackMessages } from '../en/feedback'

/**
 * Spanish, as in first.ts: the learner is “tú”, in neutral international Spanish
 * (“docente”, “nota”, “solicitud de revisión”).
 */
const feedback: FeedbackMessages = {
  feedback: {
    verdict: { correct: 'Correcto', partial: 'Parcialmente correcto', incorrect: 'Incorrecto' },
    spelling: 'Casi: revisa la ortografía.',
    unit: 'Casi: escribe la unidad después del número.',
    rightAnswer: 'La respuesta correcta:',
    matchKey: (right: string) => `Respuesta correcta: ${right}`,
    source: 'Fuente:',
    // "del artículo" before the headline: "de" alone would meet a headline's "El" ("de El País").
    paragraphs: (list: string, how: number) =>
      plural(how, {
        one: `Párrafo ${list} del artículo `,
        many: `Párrafos ${list} del artículo `,
        other: `Párrafos ${list} del artículo `,
      }),
    appealKept: 'Solicitud de revisión guardada.',
    appealSeen: 'Tu docente puede verla; tu nota no cambia.',
    appeal: 'Mi respuesta debería aceptarse',
  },
}

export default feedback
