import { count, plural } from '../../plural'
import type { KioskMessages } from '../en/kiosk'

/**
 * Spanish, as in first.ts: the student is “tú”, and so is the teacher in the panel; neutral
 * international words (“quiosco”, “cuestionario”, “banco de preguntas”). An LRS keeps its English
 * name (“LRS”, “sentencias xAPI”).
 */
const seconds = (n: number) =>
  plural(n, {
    one: `${count(n)} segundo`,
    many: `${count(n)} de segundos`,
    other: `${count(n)} segundos`,
  })
const statements = (n: number) =>
  plural(n, {
    one: `${count(n)} sentencia`,
    many: `${count(n)} de sentencias`,
    other: `${count(n)} sentencias`,
  })

const kioskPart: KioskMessages = {
  kiosk: {
    title: 'Quiosco',
    separator: ', ',
    lead: (questions: number, topics: string) =>
      `${plural(questions, {
        one: `${count(questions)} pregunta`,
        many: `${count(questions)} de preguntas`,
        other: `${count(questions)} preguntas`,
      })}${topics ? ` sobre ${topics}` : ''}. Tus respuestas no se guardan al terminar.`,
    start: 'Empezar',
    teacher: 'Docente',
    missing:
      'El banco de preguntas de este quiosco ya no está en este sitio. Un docente puede elegir otro: pulsa Docente.',
    loading: 'Cargando…',
  },
  kioskIdle: {
    title: '¿Sigues ahí?',
    text: 'Si no respondes, el quiosco vuelve a empezar para el siguiente estudiante.',
    left: (n: number) => `Tiempo restante: ${seconds(n)}`,
    stay: 'Sigo aquí',
  },
  kioskSetup: {
    title: 'Configurar el quiosco',
    lead: 'Elige un PIN de 4 a 8 dígitos. Lo necesitarás para cambiar la configuración o salir del modo quiosco.',
    bank: 'Banco de preguntas',
    topics: 'Temas',
    everyTopic: 'todos los temas',
    count: 'Preguntas por estudiante',
    idle: 'Vuelve al inicio tras',
    idleValue: (n: number) => `${seconds(n)} sin actividad`,
    pin: 'PIN docente',
    confirm: 'Confirmar PIN',
    start: 'Iniciar quiosco',
    leave: 'Salir sin quiosco',
    noCrypto:
      'Este navegador no puede guardar un PIN de forma segura en esta página. Abre Factline por https.',
    pinProblem: {
      digits: 'El PIN debe tener de 4 a 8 dígitos.',
      mismatch: 'Los dos PIN no coinciden.',
    },
  },
  kioskUnlock: {
    title: 'Desbloqueo docente',
    pin: 'PIN docente',
    unlock: 'Desbloquear',
    cancel: 'Cancelar',
    typePin: 'Escribe el PIN docente.',
    wrong: (tries: number, lockSeconds: number) =>
      `PIN incorrecto. ${plural(tries, {
        one: `Te queda ${count(tries)} intento`,
        many: `Te quedan ${count(tries)} de intentos`,
        other: `Te quedan ${count(tries)} intentos`,
      })} antes de una espera de ${count(lockSeconds)} segundos.`,
    tooMany: 'Demasiados PIN incorrectos.',
    tryAgainIn: (n: number) => `Vuelve a intentarlo en ${seconds(n)}.`,
    tryAgainNow: 'Ya puedes volver a intentarlo.',
    noPin: 'Este quiosco aún no tiene PIN docente.',
  },
  kioskPanel: {
    title: 'Docente',
    language:
      'El quiosco muestra este idioma a cada estudiante; cada estudiante puede elegir el suyo durante su turno.',
    bank: 'Banco de preguntas',
    notFound: (bank: string) => `${bank} (no encontrado)`,
    count: 'Preguntas por estudiante',
    topics: 'Temas',
    everyTopic: 'Si no marcas ninguno, se usan todos los temas.',
    idle: 'Segundos antes de comprobar la inactividad',
    countRange: (min: number, max: number) =>
      `Las preguntas por estudiante deben ser un número entero de ${count(min)} a ${count(max)}.`,
    idleRange: (min: number, max: number) =>
      `Los segundos antes de comprobar la inactividad deben ser un número entero de ${count(min)} a ${count(max)}.`,
    save: 'Guardar configuración',
    saved: 'Configuración guardada.',
    classReport:
      'Para toda la clase, desde cada quiosco: exporta los resultados de cada uno y luego impórtalos todos en el informe de la clase',
    classReportAfter: ' en tu propio dispositivo.',
    export: 'Exportar resultados (CSV)',
    clear: 'Borrar resultados',
    clearConfirm:
      '¿Borrar los resultados de todos los estudiantes hasta ahora? Expórtalos antes para conservarlos.',
    cleared: 'Resultados borrados.',
    back: 'Volver al quiosco',
    exit: 'Salir del quiosco',
    remove: 'Quitar el quiosco de este dispositivo',
    removeConfirm: (unsent: number | undefined) =>
      `¿Quitar el quiosco de este dispositivo? Se borrarán su configuración, su PIN y sus resultados.${
        unsent === undefined
          ? ''
          : unsent === 0
            ? ' También se borrará la configuración del LRS; todas las sentencias se han enviado.'
            : ` También se borrará la configuración del LRS, con las sentencias aún no enviadas al LRS (${statements(unsent)}).`
      } Exporta antes los resultados para conservarlos.`,
    languageSaved: 'Idioma guardado.',
    notSaved: 'No se pudo guardar la configuración: este navegador no guarda datos aquí.',
  },
  kioskResults: {
    title: 'Resultados de la clase',
    none: 'Todavía no hay estudiantes.',
    students: (n: number) => `Estudiantes atendidos: ${count(n)}`,
    average: (percent: string) => `Puntuación media: ${percent}`,
    caption: 'Por pregunta, de la más difícil a la más fácil',
    columns: {
      question: 'Pregunta',
      answered: 'Respondida',
      correct: 'Correctas',
      average: 'Media',
    },
  },
  kioskLrs: {
    title: 'Almacén de registros de aprendizaje (LRS)',
    lead: 'Las respuestas y la puntuación de cada estudiante van a tu LRS como sentencias xAPI, con un nombre anónimo. La clave y el secreto se quedan en este dispositivo.',
    fields: {
      endpoint: 'Punto de acceso',
      key: 'Clave',
      secret: 'Secreto',
      className: 'Nombre de la clase',
    },
    endpointHint: 'La dirección xAPI del LRS, por ejemplo https://lrs.example.org/xAPI/.',
    noOrigins:
      'Esta copia de Factline no puede enviar a ningún otro sitio: quien la compila indica el LRS con FACTLINE_LRS_ORIGINS.',
    origins: (origins: string) => `Esta copia de Factline puede enviar a ${origins}.`,
    secretSaved:
      'Hay un secreto guardado. Deja este campo vacío para conservarlo o escribe uno nuevo para reemplazarlo.',
    secretPlaceholder: 'guardado',
    test: 'Probar conexión',
    save: 'Guardar',
    remove: 'Quitar LRS',
    testing: 'Probando la conexión…',
    savedFull:
      'No se pudo guardar la configuración del LRS: el almacenamiento de este navegador está lleno.',
    savedUnavailable:
      'No se pudo guardar la configuración del LRS: este navegador no guarda datos aquí.',
    saved: 'Configuración del LRS guardada: los resultados de cada estudiante ya van al LRS.',
    removeConfirm: (unsent: number) =>
      unsent === 0
        ? '¿Quitar el LRS de este quiosco? Todas las sentencias se han enviado.'
        : `¿Quitar el LRS de este quiosco? Se borrarán las sentencias aún no enviadas (${statements(unsent)}).`,
    removed: 'LRS quitado: los resultados ya no se envían.',
    sendingNow: 'Enviando ahora.',
    waiting: (n: number) => `Pendientes de envío: ${count(n)}`,
    sent: (n: number) => `Enviadas: ${count(n)}`,
    dropped: (n: number) => `Descartadas: ${count(n)}`,
    rejected: (n: number) => `Rechazadas: ${count(n)}`,
    sending: 'Enviando…',
    standby: 'Otra pestaña de este navegador las está enviando.',
    paused: (problem: string) => `Envío en pausa. ${problem}`,
    waitingToRetry: 'Esperando para volver a intentarlo.',
    nextTry: (time: string) => ` Próximo intento a las ${time}.`,
    lastProblem: (at: string, problem: string) => `Último problema: ${at}: ${problem}`,
    queueFull: (cap: number, dropped: number) =>
      `La cola estaba llena (${statements(cap)} pendientes); nuevas sentencias no guardadas: ${count(dropped)}.`,
    damaged: (n: number) =>
      plural(n, {
        one: `${count(n)} sentencia en cola estaba dañada y se apartó.`,
        many: `${count(n)} de sentencias en cola estaban dañadas y se apartaron.`,
        other: `${count(n)} sentencias en cola estaban dañadas y se apartaron.`,
      }),
    unavailable: 'Este navegador no guarda datos aquí: las sentencias no pueden esperar a la red.',
    storageFull:
      'El almacenamiento de este navegador está lleno: no se pudieron guardar para el LRS los resultados de un estudiante.',
    storageUnavailable:
      'Este navegador no guarda datos aquí: no se pudieron guardar para el LRS los resultados de un estudiante.',
    sendNow: 'Enviar ahora',
    sendProblems: {
      unreachable: 'No se pudo contactar con el LRS: se volverá a intentar.',
      storage:
        'No se pudo leer ni escribir en el almacenamiento de este navegador: se volverá a intentar.',
      slowDown: (status: number) =>
        `El LRS pidió ir más despacio (${status}): se volverá a intentar más tarde.`,
      credentials: (status: number) =>
        `El LRS rechazó la clave y el secreto (${status}): revísalos en el panel Docente.`,
      answered: (status: number, because: string) =>
        `El LRS respondió ${status}${because ? `: ${because}` : ''}. Revisa el punto de acceso en el panel Docente.`,
      lrsError: (status: number) => `El LRS tuvo un problema (${status}): se volverá a intentar.`,
      tooLarge: (status: number, because: string) =>
        `Una sentencia era demasiado grande para el LRS (${status})${because ? `: ${because}` : ''}`,
      invalid: (status: number, because: string) =>
        `El LRS rechazó una sentencia por no ser válida (${status})${because ? `: ${because}` : ''}`,
      conflict: (status: number, because: string) =>
        `El LRS ya tiene otra sentencia con este identificador (${status})${because ? `: ${because}` : ''}`,
    },
    problems: {
      endpointEmpty:
        'Escribe el punto de acceso del LRS, por ejemplo https://lrs.example.org/xAPI/.',
      scheme: 'El punto de acceso debe ser una dirección web que empiece por https:// o http://.',
      credentials: 'Pon la clave y el secreto en sus propios campos, no en la dirección.',
      query:
        'El punto de acceso termina antes de cualquier ? o #: indica solo la dirección xAPI del LRS.',
      endpointTooLong: (max: number) =>
        `El punto de acceso puede tener como máximo ${count(max)} caracteres.`,
      notAllowed: (places: string, origin: string) =>
        `Esta copia de Factline ${places ? `solo puede enviar a ${places}` : 'no puede enviar a ningún LRS'}. Quien la compila añade ${origin} con FACTLINE_LRS_ORIGINS.`,
      ownSite: 'su propio sitio',
      keyEmpty: 'Escribe la clave (el nombre de usuario que el LRS dio para este quiosco).',
      colon: 'La clave no puede contener dos puntos (:): revisa lo que pegaste.',
      keyTooLong: (max: number) => `La clave puede tener como máximo ${count(max)} caracteres.`,
      secretEmpty: 'Escribe el secreto (la contraseña que el LRS dio para esta clave).',
      secretTooLong: (max: number) =>
        `El secreto puede tener como máximo ${count(max)} caracteres.`,
      classEmpty:
        'Escribe un nombre de clase: con él, el LRS distingue los resultados de una clase de los de otra.',
      classTooLong: (max: number) =>
        `El nombre de la clase puede tener como máximo ${count(max)} caracteres.`,
    },
    verdict: {
      ok: 'Conectado: el LRS aceptó la clave y usa xAPI 1.0.',
      unreachable:
        'No se pudo contactar con el LRS: revisa el punto de acceso y la red. El LRS también debe permitir este sitio (CORS).',
      noLrs:
        'Ningún LRS responde en esta dirección (404): revisa el punto de acceso. Suele terminar en /xAPI/ o /data/xAPI/.',
      noStatements: (status: number) =>
        `El LRS no tiene un recurso «statements» en esta dirección (${status}): revisa el punto de acceso.`,
      refused: (status: number) => `El LRS rechazó la clave y el secreto (${status}): revísalos.`,
      lrsError: (status: number) =>
        `El LRS tuvo un problema (${status}): vuelve a intentarlo más tarde.`,
      notXapi: (status: number) =>
        `El servidor de esta dirección no indica que use xAPI 1.0 (${status}): revisa el punto de acceso.`,
      cors: 'El LRS respondió, pero no acepta sentencias de este sitio: debe permitir que este sitio (CORS) envíe con una clave.',
    },
  },
}

export default kioskPart
