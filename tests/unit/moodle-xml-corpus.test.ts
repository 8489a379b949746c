import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { elements, parseXml } from '@/domain/bank/xml'
import { checkMoodleFile } from '../../scripts/moodle-corpus-check'

/**
 * Real Moodle XML files (../shared/corpora/moodle-xml, see its SOURCES.md; GPL and others, kept
 * out of this repository). Every file is read without a crash, and every question in it is
 * imported, skipped with a reason, or refused with an error; for the files listed here, the
 * counts per Factline type and per reason are exactly these.
 */
const CORPUS = resolve('../shared/corpora/moodle-xml')

/** Per file: questions imported by Factline type, skipped by reason (the type it can't grade, or why), errors. */
const EXPECTED: Record<string, [Record<string, number>, Record<string, number>, string[]?]> = {
  'QAS-Editor__all.xml': [
    { cloze: 3, match: 1, numeric: 4, short: 1, single: 5, truefalse: 1 },
    {
      calculated: 1,
      calculatedmulti: 2,
      calculatedsimple: 1,
      ddimageortext: 1,
      ddmarker: 1,
      essay: 1,
      randomsamatch: 1,
      'the question is hidden in Moodle': 1,
    },
  ],
  'QAS-Editor__calculated.xml': [{}, { calculatedmulti: 1 }],
  'QAS-Editor__randomsamatch.xml': [{}, { randomsamatch: 1 }],
  'aiken-to-moodlexml__moodle.xml': [
    { cloze: 1, match: 1, numeric: 1, order: 1, short: 1, single: 3, truefalse: 1 },
    { essay: 1 },
  ],
  'moodle-qtype_coderunner__python3demoquizquestions.xml': [{}, { coderunner: 11 }],
  'moodle-qtype_coderunner__randomisationexamples.xml': [{}, { coderunner: 8 }],
  'moodle-qtype_combined__testquestion.moodle.xml': [{}, { combined: 1 }],
  'moodle-qtype_gapfill__el-gapfill_examples.xml': [{}, { gapfill: 3 }],
  'moodle-qtype_gapfill__en-gapfill_examples.xml': [{ cloze: 2 }, { gapfill: 22 }],
  'moodle-qtype_gapfill__es-gapfill_examples.xml': [{}, { gapfill: 2 }],
  'moodle-qtype_gapfill__fr-gapfill_examples.xml': [{}, { gapfill: 3 }],
  'moodle-qtype_ordering__testoldquestion.moodle.xml': [{ order: 1 }, {}],
  'moodle-qtype_regexp__regexp_examples.xml': [{}, { regexp: 1 }],
  'moodle-qtype_stack__30_units_and_lab_data.xml': [{}, { stack: 1 }],
  'moodle-qtype_stack__6-4-2-History-of-circle-geometry.xml': [{}, {}],
  'moodle-qtype_wordselect__english_language.xml': [{}, { wordselect: 203 }],
  'moodle-tools__missing-wordsRef.xml': [{ cloze: 6 }, {}],
  'moodle-tools__numericalRef.xml': [{ numeric: 2 }, {}],
  'moodle-tools__orderingRef.xml': [{ order: 2 }, {}],
  'moodleXML__new_test.xml': [
    {},
    {},
    [
      '56:1: error: a second top-level element <question> (the first, <question>, is at line 1, column 1): an XML file has one root element; put all the questions inside one <quiz> … </quiz>',
    ],
  ],
  'moodleXML__questions-Brion-Lang-Development-Course-top-20201107-0938.xml': [
    { cloze: 27, match: 28, multiple: 17, numeric: 55, short: 157, single: 183, truefalse: 71 },
    { calculated: 22, calculatedmulti: 1, coderunner: 1, essay: 1, randomsamatch: 4, regexp: 1 },
  ],
  'moodleXML__questions-ProgrammingScripting-2022-11-top-20220715-0937.xml': [
    { cloze: 65, match: 11, multiple: 54, short: 86, single: 272, truefalse: 70 },
    {},
  ],
  'moodle__lib-sample_questions.xml': [{}, { stack: 19 }],
  'moodle__lib-sample_questions_wrong.xml': [
    {},
    {},
    [
      '18:5: error: </generalfeedback> does not close <questiontext> (opened at line 15, column 5): write </questiontext> here, or add the missing <generalfeedback>',
    ],
  ],
  'moodle__qformat_xml-broken_cloze_questions.xml': [
    {},
    {
      'blank 1 has no answer worth 100%': 1,
      'blank 1 offers only one choice: a drop-down needs a right one and a wrong one': 1,
      'blank 1: "zero" is not a number (write =42 or =42:0.5, a value and its tolerance)': 1,
      'the Cloze question has no blanks (written like {1:SHORTANSWER:=answer})': 2,
    },
  ],
  'moodle__qformat_xml-categories_reverse_order.xml': [{ short: 1 }, { essay: 1 }],
  'moodle__qformat_xml-category_with_description.xml': [{ truefalse: 1 }, {}],
  'moodle__qformat_xml-error_invalid_grades.xml': [{ multiple: 1 }, {}],
  'moodle__qformat_xml-html_chars_in_idnumbers.xml': [{ truefalse: 1 }, {}],
  'moodle__qformat_xml-multianswer.xml': [{ cloze: 1 }, {}],
  'moodle__qformat_xml-multichoice.xml': [{ single: 1 }, {}],
  'moodle__qformat_xml-nested_categories.xml': [{ truefalse: 1 }, {}],
  'moodle__qformat_xml-old_format_file.xml': [{ truefalse: 2 }, {}],
  'moodle__qformat_xml-sample_questions_with_old_image_tag.xml': [{ cloze: 1, single: 1 }, {}],
  'moodle__qformat_xml-truefalse.xml': [{ truefalse: 2 }, {}],
  'moodle__qtype_ddimageortext-testquestion.moodle.xml': [{}, { ddimageortext: 1 }],
  'moodle__qtype_ddmarker-testquestion.moodle.xml': [{}, { ddmarker: 1 }],
  'moodle__qtype_ddwtos-testquestion.moodle.xml': [{ cloze: 1 }, {}],
  'moodle__qtype_description-testquestion.moodle.xml': [{}, {}],
  'moodle__qtype_essay-testquestion.moodle.xml': [{}, { essay: 1 }],
  'moodle__qtype_gapselect-testquestion.moodle.xml': [{ cloze: 1 }, {}],
  'moodle__qtype_multichoice-testquestion.moodle.xml': [{ multiple: 1 }, {}],
  'moodle__qtype_numerical-testquestion.moodle.xml': [{ numeric: 1 }, {}],
  'moodle__qtype_ordering-testexport.moodle.xml': [{ order: 1 }, {}],
  'moodle__qtype_ordering-testimport.moodle.xml': [{ order: 1 }, {}],
  'moodle__qtype_ordering-testimportlong.moodle.xml': [{ order: 1 }, {}],
  'moodle__qtype_shortanswer-testquestion.moodle.xml': [{ short: 1 }, {}],
  'moodle__qtype_truefalse-testquestion.moodle.xml': [{ truefalse: 1 }, {}],
  'moodlequiz__issue33.xml': [{ truefalse: 1 }, {}],
  'moodlequiz__penguins.xml': [{ cloze: 1 }, { essay: 1 }],
}

/** A skip's reason: the Moodle type Factline can't grade, or the message without `; skipped`. */
function reasonOf(skipped: string): string {
  const message = skipped.replace(/^\d+:\d+ /, '')
  return /^(\S+) questions can't be graded/.exec(message)?.[1] ?? message.replace(/; skipped$/, '')
}

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1
  return counts
}

/** The questions of a file that should each be imported or skipped: all but categories and descriptions. */
function questionCount(text: string): number | undefined {
  const parsed = parseXml(text)
  if (!parsed.root) return undefined
  const questions = parsed.root.name === 'quiz' ? elements(parsed.root, 'question') : [parsed.root]
  return questions.filter((q) => !['category', 'description'].includes(q.attrs.type ?? '')).length
}

describe.skipIf(!existsSync(CORPUS))('the Moodle XML corpus', () => {
  const reports = new Map<string, ReturnType<typeof checkMoodleFile>>()
  const reportOf = (name: string, text = readFileSync(resolve(CORPUS, name), 'utf8')) => {
    if (!reports.has(name)) reports.set(name, checkMoodleFile(text, name))
    return reports.get(name)!
  }
  const names = existsSync(CORPUS)
    ? readdirSync(CORPUS)
        .filter((name) => name.endsWith('.xml'))
        .sort()
    : []

  it.each(names)('%s: no crash, and every question imported, skipped or refused', (name) => {
    const text = readFileSync(resolve(CORPUS, name), 'utf8')
    const report = reportOf(name, text)
    expect(report.failed, report.errors.join('\n')).toBe(false)
    const imported = Object.values(report.imported).reduce((a, b) => a + b, 0)
    const count = questionCount(text)
    if (count === undefined) expect(report.errors).not.toEqual([])
    else expect(imported + report.skipped.length + report.errors.length).toBe(count)
  })

  it.each(Object.keys(EXPECTED))('%s: the counts per type and per reason', (name) => {
    const report = reportOf(name)
    const [imported, skipped, errors = []] = EXPECTED[name]!
    expect(report.imported).toEqual(imported)
    expect(countBy(report.skipped.map(reasonOf))).toEqual(skipped)
    expect(report.errors.map((e) => e.slice(name.length + 1))).toEqual(errors)
  })
})
