// npm run bench: timings that matter to users, measured, never asserted in tests.
// - checking a 2 MB bank file (the budget: under 5 seconds)
import { compileBank, readYamlSource } from '../src/domain/bank/index.ts'
import { readGiftSource } from '../src/domain/bank/gift.ts'

function time<T>(label: string, run: () => T, repeat = 3): T {
  let result: T | undefined
  const times: number[] = []
  for (let i = 0; i < repeat; i++) {
    const start = performance.now()
    result = run()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  console.log(
    `${label.padEnd(48)} median ${times[Math.floor(times.length / 2)]!.toFixed(1).padStart(8)} ms`,
  )
  return result as T
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

const yaml = bigYamlBank(2 * 1024 * 1024)
const yamlResult = time(`check a ${(yaml.length / 1024 / 1024).toFixed(1)} MB YAML bank`, () =>
  compileBank('big', [readYamlSource(yaml, 'big.yaml', 'main')]),
)
console.log(
  `  ${yamlResult.bank?.questions.length ?? 0} questions, ${yamlResult.problems.length} problems`,
)

const gift = bigGiftBank(2 * 1024 * 1024)
const giftResult = time(`check a ${(gift.length / 1024 / 1024).toFixed(1)} MB GIFT bank`, () =>
  compileBank('big', [readGiftSource(gift, 'big.gift', 'big')]),
)
console.log(
  `  ${giftResult.bank?.questions.length ?? 0} questions, ${giftResult.problems.length} problems`,
)
