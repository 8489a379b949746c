import { count, plural } from '../../plural'
import type { PrintMessages } from '../en/print'

/**
 * Spanish, as in first.ts: “tú”, in a neutral international Spanish. School words: “hoja de
 * ejercicios”, “solucionario”, “marcar”, “espacio”, “casilla”.
 */
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'

const printPart: PrintMessages = {
  print: {
    title: (bank: string) => `${bank} · Hoja de ejercicios`,
    notFound: 'Hoja de ejercicios no encontrada',
    noLink: 'Este enlace no indica ningún banco de preguntas.',
    chooseBank: 'Elige un banco de preguntas en la página de inicio.',
    loading: 'Cargando la hoja de ejercicios…',
    empty:
      'Ninguna pregunta coincide con los temas, los tipos y la dificultad de esta hoja de ejercicios.',
    toolbar: {
      print: 'Imprimir',
      versions: 'Versiones',
      hint: 'Cada versión elige y ordena sus preguntas de nuevo y tiene su propio solucionario, en una página aparte.',
    },
    sheet: {
      version: (version: number) => `Versión ${count(version)}`,
      name: 'Nombre',
      class: 'Curso',
      date: 'Fecha',
    },
    paper: {
      tickOne: 'Marca una sola respuesta.',
      tickAll: 'Marca todas las respuestas correctas.',
      answer: 'Respuesta:',
      blank: (number: number) => `(espacio ${count(number)})`,
      circleOne: (number: number) => `(espacio ${count(number)}, rodea con un círculo una opción:)`,
      match: 'Escribe en cada casilla la letra del texto correspondiente.',
      order: 'Escribe las letras en el orden correcto, la primera en la casilla 1.',
      letter: (index: number) => LETTERS[index] ?? count(index + 1),
    },
    key: {
      title: 'Solucionario',
      version: (version: number) => `Solucionario, versión ${count(version)}`,
      sources: (headline: string, publisher: string, date: string) =>
        `Los números de párrafo remiten al artículo “${headline}”, ${publisher}, ${date}.`,
      source: (list: string, how: number) =>
        plural(how, {
          one: `Fuente: párrafo ${list}`,
          many: `Fuente: párrafos ${list}`,
          other: `Fuente: párrafos ${list}`,
        }),
      pair: (left: string, letter: string) => `${left}: ${letter}`,
      letterSeparator: ', ',
      pairSeparator: '; ',
    },
  },
}

export default printPart
