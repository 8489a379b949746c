import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkDraft, type DraftFormat } from '@/domain/author'
import { compileBank, formatProblem, type Problem } from '@/domain/bank'
import { readBankFile } from '@/domain/bank/files'
import { htmlLosses } from '@/domain/rich/html'
import { bankAt, compileLocation } from '../../scripts/bank-files'
import { loadBanks } from '../../scripts/vite-plugin-banks'

const DIR = 'tests/fixtures/rich-warnings'

/** The problems of a bank as `questions:check` prints them. */
const lines = (problems: Problem[]) => problems.map(formatProblem)

const checked = (path: string) => lines(compileLocation(bankAt(path), process.cwd()).problems)

const FRAME = 'Factline shows no embedded pages, videos or scripts; link to it instead'
const lost = (tag: string, why: string) =>
  `the <${tag}> in this text is not shown to learners: ${why}`
const picture = (src: string) =>
  `the picture "${src}" is not shown: only pictures embedded in the file (PNG, JPEG, GIF, WebP) are; write it into the text as src="data:image/png;base64,…"`
const link = (href: string) =>
  `the link to "${href}" is not kept, only its text: links go to web pages (http://, https://) and e-mail addresses (mailto:) only; write the full address`

const YAML_WARNINGS = [
  `${DIR}/yaml-losses.yaml:15:13: warning: ${lost('iframe', FRAME)}`,
  `${DIR}/yaml-losses.yaml:18:9: warning: ${picture('https://pictures.example/amazon.png')}`,
  `${DIR}/yaml-losses.yaml:22:19: warning: ${link('javascript:alert(1)')}`,
  `${DIR}/yaml-losses.yaml:29:11: warning: ${lost('form', "learners answer in the question's own fields, not in a form")}`,
  `${DIR}/yaml-losses.yaml:38:9: warning: ${lost('script', 'Factline runs no scripts from a bank; write what it showed as text')}`,
]

describe('what a text in HTML loses on the page, told as warnings at the text', () => {
  it('in a YAML bank (format: html): prompt, option, feedback, cloze text and item, each at its text', () => {
    // The answer, also the first option, is not told twice; the styles, classes, ids, spans,
    // divs and fonts of the texts are not told at all.
    expect(checked(`${DIR}/yaml-losses.yaml`)).toEqual(YAML_WARNINGS)
  })

  it('in a GIFT [html] question, at the question (GIFT keeps no place per text)', () => {
    expect(checked(`${DIR}/gift-losses.gift`)).toEqual([
      `${DIR}/gift-losses.gift:4:1: warning: ${lost('video', FRAME)}`,
      `${DIR}/gift-losses.gift:4:1: warning: ${link('map.html')}`,
    ])
  })

  it('in a Moodle XML question, at its text element', () => {
    expect(checked(`${DIR}/moodle-losses.xml`)).toEqual([
      `${DIR}/moodle-losses.xml:10:22: warning: ${lost('svg', 'Factline shows no SVG or MathML; embed it as a PNG picture, or write the formula as text')}`,
    ])
  })

  it('is told by the build with the same lines, and the bank is built all the same', () => {
    const { banks, problems } = loadBanks([DIR], process.cwd())
    expect(banks.map((b) => b.id).sort()).toEqual(['gift-losses', 'moodle-losses', 'yaml-losses'])
    expect(lines(problems).filter((p) => p.includes('yaml-losses'))).toEqual(YAML_WARNINGS)
    expect(problems.every((p) => p.severity === 'warning')).toBe(true)
  })

  it('is told only when the caller gives the checker: the studio page compiles drafts without the parser', () => {
    const text = readFileSync(`${DIR}/yaml-losses.yaml`, 'utf8')
    const source = () => readBankFile({ name: 'yaml-losses.yaml', text }, 0, 'yaml', 'yaml-losses')
    expect(compileBank('yaml-losses', [source()]).problems).toEqual([])
    const told = compileBank('yaml-losses', [source()], { checkHtml: htmlLosses }).problems
    expect(lines(told)).toEqual(YAML_WARNINGS.map((l) => l.replace(`${DIR}/`, '')))
  })

  it('is told in the studio when its worker gives the checker, for a draft alone or as a bank’s file', () => {
    const draft = (path: string, format: DraftFormat) => {
      const text = readFileSync(path, 'utf8')
      const name = path.slice(path.lastIndexOf('/') + 1)
      return {
        bare: checkDraft(text, format, name),
        worker: checkDraft(text, format, name, undefined, { checkHtml: htmlLosses }),
        inBank: checkDraft(
          text,
          format,
          name,
          { bankId: 'b', kind: format, file: name, files: [{ name, text }] },
          { checkHtml: htmlLosses },
        ),
      }
    }
    const gift = draft(`${DIR}/gift-losses.gift`, 'gift')
    expect(gift.bare.problems).toEqual([])
    expect(gift.bare.bank).toBeDefined()
    const expected = [
      `gift-losses.gift:4:1: warning: ${lost('video', FRAME)}`,
      `gift-losses.gift:4:1: warning: ${link('map.html')}`,
    ]
    expect(lines(gift.worker.problems)).toEqual(expected)
    expect(gift.worker.bank).toBeDefined()
    expect(lines(gift.inBank.problems)).toEqual(expected)
    const moodle = draft(`${DIR}/moodle-losses.xml`, 'moodle-xml')
    expect(moodle.worker.problems.map((p) => [p.line, p.column])).toEqual([[10, 22]])
  })

  it('leaves Markdown and plain texts alone: their tags are told as raw HTML, or are text', () => {
    const yaml = `title: T
language: en
generate: false
topics: [{ id: t, title: T }]
questions:
  - { id: a, type: truefalse, topic: t, format: plain, prompt: 'Is <iframe> a tag?', answer: true, explanation: Yes. }
`
    const { problems } = checkDraft(yaml, 'yaml', 'plain.yaml', undefined, {
      checkHtml: htmlLosses,
    })
    expect(problems).toEqual([])
  })

  it('lets every hostile bank compile, its losses told as warnings, never as errors', () => {
    for (const path of [
      'tests/fixtures/hostile/hostile.yaml',
      'tests/fixtures/hostile/hostile-html.gift',
      'tests/fixtures/hostile/hostile-markdown.gift',
    ]) {
      const { bank, problems } = compileLocation(bankAt(path), process.cwd())
      expect(bank, path).toBeDefined()
      expect(
        problems.filter((p) => p.severity === 'error'),
        path,
      ).toEqual([])
    }
    const html = checked('tests/fixtures/hostile/hostile-html.gift')
    expect(html).toHaveLength(23)
    expect(html[0]).toBe(
      `tests/fixtures/hostile/hostile-html.gift:9:1: warning: ${lost('script', 'Factline runs no scripts from a bank; write what it showed as text')}`,
    )
  })
})
