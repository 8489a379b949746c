import { count, plural } from '../../plural'
import type { ClassMessages } from '../en/class'

/**
 * Spanish, as in first.ts: the teacher is “tú”, in neutral international Spanish (“estudiantes”,
 * “solicitud de revisión”); a no-break space before % (27 %), as Intl writes it. “1 000 000 de
 * respuestas” for the `many` form. The buttons named in the import's paragraph are the kiosk's
 * and the progress page's, as kiosk.ts and progress.ts word them.
 */
const classPart: ClassMessages = {
  class: {
    title: 'Informe de la clase',
    lead: 'Mira cómo le fue a tu clase, pregunta por pregunta: cuáles fueron demasiado fáciles, cuáles distinguen a quien sabe de quien no, y cuáles tienen una clave que revisar.',
    export: 'Exportar informe (CSV)',
    clear: 'Borrar informe',
    clearConfirm:
      '¿Borrar el informe? Se olvidarán todos los resultados importados en este navegador; tus archivos se quedan donde están.',
    empty: 'Todavía no hay resultados: importa un archivo para ver el informe.',

    import: {
      title: 'Resultados',
      introKiosks: 'Importa los archivos de resultados de tus quioscos (',
      kioskExport: 'Exportar resultados (CSV)',
      introProgress:
        ' en el panel Docente del quiosco) y las exportaciones de progreso de tus estudiantes (',
      progressExport: 'Exportar progreso',
      introEnd:
        '), tantos como quieras, de cualquier dispositivo y día: una respuesta importada dos veces cuenta una sola vez. Nada sale de este navegador.',
      button: 'Importar resultados',
      leftOut: 'No importado',
      problemSeparator: ': ',
    },

    problems: {
      noColumns: (columns: string, n: number) =>
        plural(n, {
          one: `no es un archivo de resultados de quiosco: falta la columna ${columns}`,
          many: `no es un archivo de resultados de quiosco: faltan las columnas ${columns}`,
          other: `no es un archivo de resultados de quiosco: faltan las columnas ${columns}`,
        }),
      shortRow: (cells: number, columns: number) =>
        `una fila dañada: ${count(cells)} de ${count(columns)} columnas`,
      badRow: 'una fila dañada: le falta la sesión, la pregunta o un crédito de 0 a 1',
      quoteUnterminated: 'un campo entre comillas no se cierra',
      quoteMalformed: 'la comilla de cierre de un campo entre comillas está mal colocada',
      noDelimiter: 'no se pudo detectar el separador de columnas: se usó la coma',
      progress: {
        notProgress: 'El archivo no es un archivo de progreso de Factline.',
        newer: 'Este archivo de progreso viene de una versión más reciente de Factline.',
        damaged: 'Este archivo de progreso está dañado y no se pudo leer.',
        allDamaged: 'No se pudo leer ninguna de las respuestas de este archivo de progreso.',
        tooLarge: 'Este archivo de progreso es demasiado grande para leerlo.',
        empty: 'El archivo está vacío.',
      },
      droppedAnswers: (n: number) =>
        plural(n, {
          one: `se omitió ${count(n)} respuesta dañada`,
          many: `se omitieron ${count(n)} de respuestas dañadas`,
          other: `se omitieron ${count(n)} respuestas dañadas`,
        }),
      empty: 'el archivo está vacío',
      badJson: 'no es una exportación de progreso (JSON no válido)',
      unknownFile:
        'no es un archivo de resultados de quiosco de Factline (CSV) ni una exportación de progreso (JSON)',
    },

    said: {
      unavailable:
        'Este navegador no guarda datos aquí: el informe dura hasta que se cierre la página.',
      damaged: (n: number) =>
        plural(n, {
          one: `${count(n)} respuesta dañada no se pudo volver a leer y se omitió.`,
          many: `${count(n)} de respuestas dañadas no se pudieron volver a leer y se omitieron.`,
          other: `${count(n)} respuestas dañadas no se pudieron volver a leer y se omitieron.`,
        }),
      imported: (added: number, files: number, already: number, problems: number) => {
        const news = plural(added, {
          one: `Se importó ${count(added)} respuesta nueva`,
          many: `Se importaron ${count(added)} de respuestas nuevas`,
          other: `Se importaron ${count(added)} respuestas nuevas`,
        })
        const from = plural(files, {
          one: `${count(files)} archivo`,
          many: `${count(files)} de archivos`,
          other: `${count(files)} archivos`,
        })
        const kept = plural(already, {
          one: ` (${count(already)} respuesta ya estaba en el informe)`,
          many: ` (${count(already)} de respuestas ya estaban en el informe)`,
          other: ` (${count(already)} respuestas ya estaban en el informe)`,
        })
        const below = plural(problems, {
          one: `; hay ${count(problems)} problema más abajo`,
          many: `; hay ${count(problems)} de problemas más abajo`,
          other: `; hay ${count(problems)} problemas más abajo`,
        })
        return `${news} de ${from}${already > 0 ? kept : ''}${problems > 0 ? below : ''}.`
      },
      notKept: 'Este navegador no pudo guardarlas: duran hasta que se cierre la página.',
      cleared: 'Se borró el informe.',
      notCleared: 'El navegador no quiso borrar los resultados guardados.',
      exported: (n: number) =>
        plural(n, {
          one: `Se exportó ${count(n)} pregunta.`,
          many: `Se exportaron ${count(n)} de preguntas.`,
          other: `Se exportaron ${count(n)} preguntas.`,
        }),
    },

    overview: {
      title: 'Resumen',
      students: 'Estudiantes',
      answers: 'Respuestas',
      meanScore: 'Puntuación media',
      medianTime: 'Tiempo mediano',
      reliability: (questions: number, students: number) =>
        `Fiabilidad (alfa de Cronbach, para ${plural(questions, {
          one: `${count(questions)} pregunta`,
          many: `${count(questions)} de preguntas`,
          other: `${count(questions)} preguntas`,
        })} y ${plural(students, {
          one: `${count(students)} estudiante`,
          many: `${count(students)} de estudiantes`,
          other: `${count(students)} estudiantes`,
        })}):`,
      readings: {
        veryConsistent:
          ': la prueba ordena a los estudiantes de forma muy consistente: sus puntuaciones son fiables.',
        consistent:
          ': la prueba ordena a los estudiantes de forma consistente, como una buena prueba de clase.',
        fair: ': las puntuaciones solo son moderadamente consistentes: revisa las preguntas marcadas o añade preguntas.',
        inconsistent:
          ': las puntuaciones dependen mucho de las preguntas que le tocaron a cada estudiante: tómalas con cautela, corrige las preguntas marcadas o añade preguntas.',
      },
      noReliability:
        'Para calcular la fiabilidad hacen falta al menos dos estudiantes que hayan respondido cada uno dos preguntas o más.',
      byTopic: 'Por tema',
      topic: 'Tema',
      topicAnswers: 'Respuestas',
      mean: 'Media',
    },

    histogram: {
      caption: (zero: string, first: string, ninety: string, last: string) =>
        `Estudiantes por puntuación, en tramos de diez puntos (${zero} = ${first}, ${ninety} = ${last}).`,
      tableCaption: 'Estudiantes por puntuación',
      score: 'Puntuación',
      students: 'Estudiantes',
    },

    questions: {
      title: 'Preguntas',
      intro:
        'Facilidad: el crédito medio, cada estudiante con su primera respuesta. Discriminación: si a los estudiantes a los que les fue bien en el resto de la prueba les fue mejor en esta pregunta (de −1 a 1; por debajo de 0,2 es débil; si es negativa, revisa la clave). Elige una pregunta para ver qué respondieron los estudiantes.',
      columns: {
        question: 'Pregunta',
        answered: 'Respuestas',
        facility: 'Facilidad',
        discrimination: 'Discriminación',
        verdict: 'Veredicto',
        appeals: 'Revisiones',
      },
      upperLower: 'S-I',
      upperLowerTitle: 'grupo superior menos grupo inferior (27 %): menos de 20 estudiantes',
      verdicts: {
        tooFew: 'muy pocas',
        checkKey: 'revisar la clave',
        tooEasy: 'demasiado fácil',
        tooHard: 'muy difícil',
        weak: 'débil',
        good: 'buena',
      },
    },

    details: {
      verdict: (verdict: string) => `: ${verdict}.`,
      verdicts: {
        tooFew: 'muy pocas respuestas para juzgarla',
        checkKey:
          'revisa la clave: los estudiantes a los que les fue bien en lo demás la fallaron más a menudo',
        tooEasy: 'demasiado fácil',
        tooHard: 'muy difícil: revisa la clave y la redacción',
        weak: 'no distingue a quien sabe de quien no',
        good: 'buena pregunta',
      },
      noDiscrimination:
        'Discriminación: no hay suficientes estudiantes (o todos respondieron igual) para saberlo.',
      pointBiserial: (value: string) =>
        `Discriminación ${value}: la correlación de esta pregunta con la puntuación de cada estudiante en el resto de la prueba.`,
      upperLower: (value: string) =>
        `Discriminación ${value}: la facilidad en el 27 % de estudiantes con mejores resultados (en el resto de la prueba) menos la del 27 % con peores; con menos de 20 estudiantes, una correlación diría poco.`,
      gone: 'Esta pregunta ya no está en ningún banco de este sitio: su enunciado es el que daba el archivo de resultados.',
      options: 'Cuántas veces se eligió cada opción',
      mistakes: 'Los errores más frecuentes',
      wrongAnswers: 'Respuestas incorrectas, agrupadas como las lee el corrector',
      noOption: 'No se eligió ninguna opción.',
      allRight: 'Todas las respuestas fueron correctas.',
      noAnswer: '(sin respuesta)',
      right: 'respuesta correcta',
      appealed: (n: number) =>
        plural(n, {
          one: 'con una solicitud de revisión',
          many: `con ${count(n)} de solicitudes de revisión`,
          other: `con ${count(n)} solicitudes de revisión`,
        }),
      accept: 'Aceptar',
      acceptAnswer: (answer: string) => ` “${answer}”`,
      acceptEnd: ' como correcta',
      open: 'Abrir en el estudio',
      studioNote: '(el archivo del banco, en esta pregunta)',
      studioNoteAccept:
        '(el archivo del banco, en esta pregunta; “Aceptar como correcta” añade la respuesta a las aceptadas, en un borrador)',
    },
  },
}

export default classPart
