// Bank scale: checking a 2 MB bank file (the budget: under 5 seconds).
import { compileBank, readYamlSource } from '../../src/domain/bank/index.ts'
import { readGiftSource } from '../../src/domain/bank/gift.ts'
import { median, type Figure } from './figures.ts'

function time<T>(run: () => T, repeat = 3): { ms: number; result: T } {
  let result: T | undefined
  const times: number[] = []
  for (let i = 0; i < repeat; i++) {
    const start = performance.now()
    result = run()
    times.push(performance.now() - start)
  }
  return { ms: median(times), result: result as T }
}

function bigYamlBank(bytes: number): string {
  const head = [
    'title: Big bank',
    'language: en',
    'topics:',
    '  - { id: all, title: All }',
    'facts:',
    '  - { id: fact, topic: all, text: A fact., paragraph: 1 }',
    'questions:',
  ].join('\n')
  const parts: string[] = [head]
  let size = head.length
  for (let i = 0; size < bytes; i++) {
    const q = [
      `  - id: q-${i}`,
      '    type: single',
      `    prompt: Which of these is option number ${i} of a rather long question bank?`,
      `    options: [Option ${i}, Option ${i + 1}, Option ${i + 2}, Option ${i + 3}]`,
      `    answer: Option ${i}`,
      '    facts: [fact]',
      '    explanation: Because it is the first option, as every teacher of this bank knows.',
    ].join('\n')
    parts.push(q)
    size += q.length + 1
  }
  return parts.join('\n')
}

function bigGiftBank(bytes: number): string {
  const parts: string[] = []
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const q = `::q${i}:: Which of these is option number ${i} of a long bank? {=Option ${i} ~Option ${i + 1} ~Option ${i + 2} ####Because it is.}\n`
    parts.push(q)
    size += q.length + 1
  }
  return parts.join('\n')
}

export function benchBanks(): Figure[] {
  const yaml = bigYamlBank(2 * 1024 * 1024)
  const yamlRun = time(() => compileBank('big', [readYamlSource(yaml, 'big.yaml', 'main')]))
  const gift = bigGiftBank(2 * 1024 * 1024)
  const giftRun = time(() => compileBank('big', [readGiftSource(gift, 'big.gift', 'big')]))
  const mb = (text: string) => (text.length / 1024 / 1024).toFixed(1)
  return [
    {
      name: `check a ${mb(yaml)} MB YAML bank`,
      value: yamlRun.ms,
      unit: 'ms',
      budget: 5000,
      note: `${yamlRun.result.bank?.questions.length ?? 0} questions`,
    },
    {
      name: `check a ${mb(gift)} MB GIFT bank`,
      value: giftRun.ms,
      unit: 'ms',
      budget: 5000,
      note: `${giftRun.result.bank?.questions.length ?? 0} questions`,
    },
  ]
}
