import { count, plural } from '../../plural'
import type { AuthorMessages } from '../en/author'

/**
 * Spanish, as in first.ts: the teacher is “tú”, in neutral international Spanish; a fact is a
 * “dato”, as in the lessons. “1 000 000 de preguntas” for the `many` form. Validator messages
 * inserted here stay English.
 */
const questions = (n: number) =>
  plural(n, {
    one: `${count(n)} pregunta`,
    many: `${count(n)} de preguntas`,
    other: `${count(n)} preguntas`,
  })
const topics = (n: number) =>
  plural(n, { one: `${count(n)} tema`, many: `${count(n)} de temas`, other: `${count(n)} temas` })
const facts = (n: number) =>
  plural(n, { one: `${count(n)} dato`, many: `${count(n)} de datos`, other: `${count(n)} datos` })
const summary = (all: number, written: number, generated: number, topic: number, fact: number) =>
  `${questions(all)} (escritas: ${count(written)}, generadas: ${count(generated)}), ${topics(topic)}, ${facts(fact)}`

const authorPart: AuthorMessages = {
  author: {
    lead: 'Escribe un archivo de preguntas en Factline YAML o Moodle GIFT, o abre uno en Moodle XML o Aiken. Los problemas aparecen mientras escribes; la vista previa muestra cada pregunta tal como la verán los estudiantes. Los formatos se describen en el README, en la sección “Writing question banks”.',
    file: 'Archivo de preguntas',
    toolbar: {
      draft: 'Borrador',
      draftLabel: (name: string, when: string) => `${name} (${when})`,
      newDraft: 'Nuevo borrador',
      open: 'Abrir archivo de preguntas',
      format: 'Formato',
    },
    actions: {
      saved: 'Guardado en este navegador.',
      notSaved: 'Este navegador no pudo guardar el borrador: descárgalo para conservarlo.',
      tryAsStudent: 'Probar como estudiante',
      download: 'Descargar',
      downloadGift: 'Descargar como GIFT',
      copyLink: 'Copiar enlace para compartir',
    },
    problems: {
      title: 'Problemas',
      checking: 'Comprobando…',
      none: 'No hay problemas: el archivo está listo para usarse.',
      summary: (errors: number, warnings: number) =>
        `${plural(errors, {
          one: `${count(errors)} error`,
          many: `${count(errors)} de errores`,
          other: `${count(errors)} errores`,
        })}, ${plural(warnings, {
          one: `${count(warnings)} advertencia`,
          many: `${count(warnings)} de advertencias`,
          other: `${count(warnings)} advertencias`,
        })}. Elige uno para ir a su lugar.`,
      item: (line: number, column: number, message: string) =>
        `línea ${line}, columna ${column}: ${message}`,
    },
    preview: {
      title: 'Vista previa',
      summary,
      fileSummary: (all: number, written: number, generated: number, topic: number, fact: number) =>
        `Este archivo: ${summary(all, written, generated, topic, fact)}`,
      noWritten: 'Todavía no hay ninguna pregunta escrita.',
      orphans: 'Generadas a partir de datos que ninguna pregunta escrita evalúa',
      untested: 'Datos que ninguna pregunta evalúa',
      more: (hidden: number) => `Mostrar más preguntas (sin mostrar: ${count(hidden)})`,
      siblings: 'Generadas a partir de los mismos datos:',
      answer: '— Respuesta:',
    },
    refused: {
      xml: 'solo se pueden añadir respuestas a archivos Factline YAML y Moodle GIFT, no a archivos Moodle XML: añádela a mano, como un <answer fraction="100"> de la pregunta, o en Moodle',
      aiken:
        'solo se pueden añadir respuestas a archivos Factline YAML y Moodle GIFT, no a archivos Aiken: una pregunta Aiken es de opción única, así que sus respuestas se eligen, no se escriben',
      noLetters: 'una respuesta sin letras ni cifras no acepta nada',
      noQuestion: (question: string) => `el archivo no tiene ninguna pregunta “${question}”`,
      cloze:
        'es una pregunta de completar espacios: decidir qué espacio llena la respuesta, y si encaja ahí, requiere tu criterio',
      numeric:
        'es una pregunta numérica: su respuesta es un número con un margen o un intervalo, lo que requiere tu criterio',
      chosen: (type: string) => `es ${type}: sus respuestas se eligen, no se escriben`,
      types: {
        single: 'una pregunta de opción única',
        multiple: 'una pregunta de opción múltiple',
        truefalse: 'una pregunta de verdadero o falso',
        order: 'una pregunta de ordenar',
        match: 'una pregunta de relacionar',
      },
      otherType: (type: string) => `una pregunta de tipo “${type}”`,
      yamlSyntax: 'el archivo tiene un error de sintaxis YAML: corrígelo primero',
      giftSyntax: 'el archivo tiene un error de sintaxis GIFT: corrígelo primero',
      notList: 'sus respuestas no son una lista de textos',
      changed:
        'no se pudo añadir sin cambiar más partes del archivo: añádela a mano a las respuestas',
      generated: (fact: string) =>
        `esta pregunta se genera a partir del dato ${fact}, así que no tiene respuestas propias; edita el dato o escribe una pregunta de respuesta corta`,
    },
    said: {
      openedFile: (file: string) => `Se abrió ${file}.`,
      openedFileAs: (file: string, format: string) =>
        `Se abrió ${file}: se ha leído como ${format}.`,
      notQuestionFile: (file: string, types: string, last: string) =>
        `${file} no es un archivo de preguntas: abre un archivo ${types} o ${last}.`,
      notText: (file: string, line: number, column: number, reason: string) =>
        `No se abrió ${file}: línea ${line}, columna ${column}: ${reason}.`,
      pasted: (format: string, was: string) =>
        `El texto pegado está en ${format}: ahora el borrador se comprueba como ${format}. Para deshacerlo, elige ${was} en Formato.`,
      pastedRenamed: (format: string, name: string, was: string) =>
        `El texto pegado está en ${format}: ahora el borrador se comprueba como ${format} y se llama ${name}. Para deshacerlo, elige ${was} en Formato.`,
      otherFilesFailed: (bank: string) =>
        `No se pudieron cargar los demás archivos de ${bank}: este archivo se comprueba por separado.`,
      noBank: (bank: string) =>
        `No hay ningún banco “${bank}” que se pueda abrir aquí: no se abrió nada.`,
      noQuestion: (bank: string, question: string) =>
        `El banco ${bank} no tiene ninguna pregunta “${question}”: no se abrió nada.`,
      openedAt: (file: string, question: string, line: number) =>
        `Se abrió ${file} en la pregunta ${question} (línea ${line}).`,
      openedDraftAt: (file: string, question: string, line: number) =>
        `Se abrió tu borrador de ${file}, con tus cambios, en la pregunta ${question} (línea ${line}).`,
      openedAtFact: (file: string, fact: string, line: number, question: string) =>
        `Se abrió ${file} en el dato ${fact} (línea ${line}): la pregunta ${question} se genera a partir de él.`,
      openedDraftAtFact: (file: string, fact: string, line: number, question: string) =>
        `Se abrió tu borrador de ${file}, con tus cambios, en el dato ${fact} (línea ${line}): la pregunta ${question} se genera a partir de él.`,
      accepted: (answer: string, question: string, line: number) =>
        `Se añadió “${answer}” a las respuestas aceptadas de ${question} (línea ${line}). Revísalo y después descarga el archivo.`,
      alreadyAccepted: (answer: string, question: string, line: number, as: string) =>
        `“${answer}” ya se acepta en ${question} (línea ${line}), como “${as}”: no cambió nada.`,
      notAccepted: (answer: string, question: string, line: number, reason: string) =>
        `“${answer}” no se añadió a ${question} (línea ${line}): ${reason}.`,
      sharedOpened: (name: string) => `Se abrió el borrador compartido ${name}.`,
      sharedDamaged: 'Este enlace para compartir está dañado: no se pudo abrir el borrador.',
      tooLong: (length: number, most: number) =>
        `Este borrador es demasiado largo para un enlace (${count(length)} caracteres; como máximo, ${count(most)}): descarga el archivo y envíalo.`,
      linkCopied: 'Enlace para compartir copiado.',
      copyBlocked: (link: string) => `Aquí no se puede copiar; el enlace es: ${link}`,
    },
  },
  authorEditor: {
    Find: 'Buscar',
    Replace: 'Reemplazar',
    next: 'siguiente',
    previous: 'anterior',
    all: 'todas',
    'match case': 'distinguir mayúsculas',
    regexp: 'expresión regular',
    'by word': 'palabra completa',
    replace: 'reemplazar',
    'replace all': 'reemplazar todas',
    close: 'cerrar',
    'current match': 'coincidencia actual',
    'on line': 'en la línea',
    'replaced match on line $': 'coincidencia reemplazada en la línea $',
    'replaced $ matches': 'coincidencias reemplazadas: $',
    'Go to line': 'Ir a la línea',
    go: 'ir',
    'Folded lines': 'Líneas plegadas',
    'Unfolded lines': 'Líneas desplegadas',
    'Fold line': 'Plegar línea',
    'Unfold line': 'Desplegar línea',
    'folded code': 'código plegado',
    unfold: 'desplegar',
    to: 'a',
    'Selection deleted': 'Selección eliminada',
    'Control character': 'Carácter de control',
    Completions: 'Sugerencias',
    Diagnostics: 'Diagnósticos',
    'No diagnostics': 'Sin diagnósticos',
  },
}

export default authorPart
