import { count, plural } from '../../plural'
import type { PeopleMessages } from '../en/people'

/**
 * Spanish, as in first.ts: the learner is “tú”, in neutral international Spanish. Whoever uses
 * the device is an “estudiante”, as in the kiosk.
 */
const peoplePart: PeopleMessages = {
  people: {
    me: 'Yo',
    open: (name: string) => `Estudiante: ${name}. Cambiar de estudiante`,
    title: '¿Quién está aprendiendo?',
    intro: 'Cada estudiante de este dispositivo tiene su propio progreso. Sin contraseñas.',
    learningNow: '(aprendiendo ahora)',
    newName: 'Nombre del nuevo estudiante',
    add: 'Añadir estudiante',
    elsewhere: 'Para cambiar el nombre de un estudiante o eliminarlo, ve a la página Progreso.',
    close: 'Cerrar',
  },
  peopleName: {
    empty: 'Escribe un nombre.',
    tooLong: (most: number) =>
      plural(most, {
        one: `Un nombre puede tener como máximo ${count(most)} carácter.`,
        many: `Un nombre puede tener como máximo ${count(most)} de caracteres.`,
        other: `Un nombre puede tener como máximo ${count(most)} caracteres.`,
      }),
    taken: (name: string) => `${name} ya está en este dispositivo.`,
  },
  peopleUpdate: {
    ready: 'Hay una nueva versión de Factline lista. Se iniciará cuando elijas Actualizar.',
    update: 'Actualizar',
  },
  peopleNotice: {
    notKept:
      'Este navegador no permite que Factline guarde tu progreso (el almacenamiento está desactivado), así que se perderá al cerrar la pestaña.',
    full: 'El almacenamiento del navegador está lleno, así que es posible que tus últimas respuestas no se guarden. Tu progreso anterior está a salvo; libera espacio o exporta tu progreso.',
    damaged: (answers: number) =>
      plural(answers, {
        one: `${count(answers)} respuesta guardada estaba dañada y no se pudo leer. Se guardó una copia aparte; el resto de tu progreso está aquí.`,
        many: `${count(answers)} de respuestas guardadas estaban dañadas y no se pudieron leer. Se guardó una copia aparte; el resto de tu progreso está aquí.`,
        other: `${count(answers)} respuestas guardadas estaban dañadas y no se pudieron leer. Se guardó una copia aparte; el resto de tu progreso está aquí.`,
      }),
  },
  peopleImport: {
    notProgress: 'El archivo no es un archivo de progreso de Factline.',
    newer: 'Este archivo de progreso viene de una versión más reciente de Factline.',
    damaged: 'Este archivo de progreso está dañado y no se pudo leer.',
    allDamaged: 'No se pudo leer ninguna de las respuestas de este archivo de progreso.',
    tooLarge: 'Este archivo de progreso es demasiado grande para leerlo.',
    empty: 'El archivo está vacío.',
    unreadable: 'No se pudo leer el archivo.',
    notStored: 'El navegador no guardó el progreso importado; no se cambió nada.',
  },
}

export default peoplePart
