import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { countTypes, parseCloze, QUESTION_TYPES, type Question } from '@/domain/bank'
import { generateQuestions } from '@/domain/generate'
import { gradeAnswer, rightAnswer, type Answer } from '@/domain/grading'
import { bankAt, compileLocation } from '../../scripts/bank-files'

/** The French sample bank and the original text it is written from (its `source`). */
const folder = 'questions/riquet-1681'
const { bank, problems } = compileLocation(bankAt(folder), process.cwd())
const [heading = '', ...paragraphs] = readFileSync(`${folder}/source.md`, 'utf8')
  .split(/\n\s*\n/u)
  .map((block) => block.trim())
  .filter(Boolean)

const questions = bank?.questions ?? []
const question = (id: string): Question => {
  const found = questions.find((q) => q.id === id)
  if (!found) throw new Error(`no question ${id}`)
  return found
}
const credit = (q: Question, answer: Answer) => gradeAnswer(q, answer).credit

/** Figures written in digits, grouped by any space or not: "12 000" (U+202F) is 12000. */
const digits = (text: string) =>
  (text.match(/\d{1,3}(?:[\s\u202f\u00a0]\d{3})+(?!\d)|\d+/gu) ?? []).map((n) =>
    Number(n.replace(/\D/gu, '')),
  )
/** The figures the text writes in words. */
const WORDS: Record<number, string> = { 14: 'quatorze' }
const standsIn = (paragraph: string, figure: number) =>
  digits(paragraph).includes(figure) || paragraph.includes(WORDS[figure] ?? '\0')

describe('the French sample bank (riquet-1681)', () => {
  it('compiles without errors or warnings, in French, from its own text', () => {
    expect(problems).toEqual([])
    expect(bank?.language).toBe('fr')
    expect(heading).toBe(`# ${bank?.source?.headline}`)
    expect(paragraphs).toHaveLength(8)
  })

  it('has every question type, an explanation and facts on every question', () => {
    expect(questions.length).toBeGreaterThanOrEqual(14)
    expect(bank!.topics.map((t) => t.id)).toEqual(['projet', 'chantier', 'heritage'])
    const types = countTypes(bank!)
    for (const type of QUESTION_TYPES) expect(types[type], type).toBeGreaterThan(0)
    for (const q of questions) {
      expect(q.explanation, q.id).toBeTruthy()
      expect(q.facts.length, q.id).toBeGreaterThan(0)
      expect(q.language, q.id).toBe('fr')
    }
  })

  it('generates no question: the generator writes English prompts', () => {
    expect(bank!.generate).toBe(false)
    expect(bank!.generated ?? []).toEqual([])
    expect(generateQuestions(bank!)).toEqual([])
  })

  it('cites paragraphs that exist, each of them at least once', () => {
    const cited = new Set(bank!.facts.map((f) => f.paragraph))
    for (const fact of bank!.facts) {
      expect(fact.paragraph, fact.id).toBeGreaterThanOrEqual(1)
      expect(fact.paragraph, fact.id).toBeLessThanOrEqual(paragraphs.length)
    }
    expect([...cited].sort()).toEqual(paragraphs.map((_, i) => i + 1))
  })

  it('states only figures, names and terms that stand in the cited paragraph', () => {
    for (const fact of bank!.facts) {
      const paragraph = paragraphs[(fact.paragraph ?? 0) - 1] ?? ''
      const figures = [
        ...digits(fact.text),
        ...(fact.number ? [fact.number.value] : []),
        ...(fact.year ? [fact.year] : []),
        ...(fact.event ? digits(fact.event.date).slice(0, 1) : []),
      ]
      for (const n of figures) expect(standsIn(paragraph, n), `${fact.id}: ${n}`).toBe(true)
      if (fact.term) expect(paragraph, fact.id).toContain(fact.term.term)
      if (fact.person) expect(paragraph, fact.id).toContain(fact.person.name)
    }
  })

  it('grades every right answer right through the real grader', () => {
    for (const q of questions) expect(credit(q, rightAnswer(q)), q.id).toBe(1)
  })

  it('grades every distractor wrong', () => {
    const shortAnswers = questions.flatMap((q) => (q.type === 'short' ? q.answers : []))
    for (const q of questions) {
      switch (q.type) {
        case 'single':
          for (const option of q.options.filter((o) => o !== q.answer))
            expect(credit(q, { type: 'single', choice: option }), `${q.id}: ${option}`).toBe(0)
          break
        case 'multiple':
          for (const option of q.options.filter((o) => !q.answers.includes(o))) {
            const choices = [...q.answers, option]
            expect(credit(q, { type: 'multiple', choices }), `${q.id}: ${option}`).toBeLessThan(1)
            expect(credit(q, { type: 'multiple', choices: [option] }), option).toBe(0)
          }
          break
        case 'truefalse':
          expect(credit(q, { type: 'truefalse', choice: !q.answer }), q.id).toBe(0)
          break
        case 'numeric': {
          const [low, high] = q.range ?? [q.value!, q.value!]
          const slack = (q.tolerance ?? 0) + 1
          for (const wrong of [low - slack, high + slack])
            expect(credit(q, { type: 'numeric', text: String(wrong) }), `${q.id}: ${wrong}`).toBe(0)
          break
        }
        case 'short':
          // The answers of the other short questions are the likely wrong ones.
          for (const other of shortAnswers.filter((a) => !q.answers.includes(a)))
            expect(credit(q, { type: 'short', text: other }), `${q.id}: ${other}`).toBe(0)
          break
        case 'cloze': {
          const right = (rightAnswer(q) as Extract<Answer, { type: 'cloze' }>).blanks
          parseCloze(q.text).kinds.forEach((blank, i) => {
            // A drop-down's wrong choices; a typed or number blank filled with another's answer.
            const wrongs =
              blank.kind === 'choice' ? blank.wrong : right.filter((_, j) => j !== i).slice(0, 1)
            for (const wrong of wrongs) {
              const blanks = right.map((fill, j) => (j === i ? wrong : fill))
              const grade = gradeAnswer(q, { type: 'cloze', blanks })
              expect(grade.parts?.[i], `${q.id} blank ${i + 1}: ${wrong}`).toBe(false)
            }
          })
          break
        }
        case 'order':
          q.items.slice(1).forEach((_, i) => {
            const items = [...q.items]
            ;[items[i], items[i + 1]] = [items[i + 1]!, items[i]!]
            expect(credit(q, { type: 'order', items }), `${q.id}: swap ${i + 1}`).toBeLessThan(1)
          })
          break
        case 'match': {
          const right = Object.fromEntries(q.pairs.map((p) => [p.left, p.right]))
          for (const { left } of q.pairs) {
            for (const wrong of q.distractors ?? []) {
              const choices = { ...right, [left]: wrong }
              const grade = gradeAnswer(q, { type: 'match', choices })
              expect(grade.credit, `${q.id}: ${left} → ${wrong}`).toBeLessThan(1)
            }
          }
          break
        }
      }
    }
  })

  it('reads French answers as a French teacher would: articles, accents, grouping, words', () => {
    const typed: [id: string, text: string, right: boolean][] = [
      ['nom-impot', 'gabelle', true],
      ['nom-impot', 'La Gabelle', true],
      ['nom-impot', 'la gabele', true], // one typo, forgiven
      ['nom-impot', 'le sel', false],
      ['nom-seuil', 'Seuil de Naurouze', true],
      ['nom-seuil', 'le seuil de naurouze', true],
      ['nom-seuil', 'Naurouze', true],
      ['nom-seuil', 'la Montagne Noire', false],
      ['organisation-patrimoine', 'UNESCO', true],
      ['organisation-patrimoine', "l'Unesco", true],
      ['organisation-patrimoine', 'l’UNESCO', true],
      ['organisation-patrimoine', "l'ONU", false],
      ['nouveau-nom', 'Le canal du midi', true],
      ['nouveau-nom', 'canal du Midi', true],
      ['nouveau-nom', 'le canal royal de Languedoc', false],
      ['nom-ministre', 'colbert', true],
      ['nom-ministre', 'Louis XIV', false],
    ]
    for (const [id, text, right] of typed)
      expect(credit(question(id), { type: 'short', text }), `${id}: ${text}`).toBe(right ? 1 : 0)

    const numbers: [id: string, text: string, right: boolean][] = [
      ['nombre-ouvriers', '12\u202f000', true], // French grouping: narrow no-break space
      ['nombre-ouvriers', '12\u00a0000', true],
      ['nombre-ouvriers', '12 000 ouvriers', true],
      ['nombre-ouvriers', '12000', true],
      ['nombre-ouvriers', '1 200', false],
      // Number words, as a French student writes them (src/domain/number-words.ts).
      ['nombre-ouvriers', 'douze mille', true],
      ['nombre-ouvriers', 'douze mille ouvriers', true],
      ['nombre-ouvriers', 'douze cents', false],
      ['duree-travaux', 'quatorze', true],
      ['duree-travaux', 'quatorze ans', true],
      ['annee-inauguration', 'mille six cent quatre-vingt-un', true],
      ['annee-inauguration', 'seize cent quatre-vingt-un', true], // how years are often said
      ['longueur-canal', '240 km', true],
      ['longueur-canal', '237', true], // "environ 240": within 5 km
      ['longueur-canal', '250', false],
      ['duree-travaux', '14 ans', true],
      ['duree-travaux', '13', false],
      ['duree-travaux', '15', false],
      ['annee-inauguration', '1681', true],
      ['annee-inauguration', '1680', false],
    ]
    for (const [id, text, right] of numbers)
      expect(credit(question(id), { type: 'numeric', text }), `${id}: ${text}`).toBe(right ? 1 : 0)

    const chantier = question('texte-chantier')
    const fills: [blanks: string[], credit: number][] = [
      [['douze mille', 'Saint Ferreol', 'le tunnel'], 1],
      [['12000', 'saint-ferréol', 'souterrain'], 1],
      [['1 200', 'Saint-Ferréol', 'tunnel'], 2 / 3],
    ]
    for (const [blanks, expected] of fills)
      expect(credit(chantier, { type: 'cloze', blanks }), blanks.join(' / ')).toBeCloseTo(expected)
  })
})
