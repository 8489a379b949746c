// npm run questions:schema [-- --check]
// Writes the JSON Schemas that editors (VS Code with the YAML extension) use to complete and
// check bank files, from the one zod schema. --check fails when the committed files are stale.
import { readFileSync, writeFileSync } from 'node:fs'
import { z } from 'zod/mini'
import { BankFileSchema, BankPartSchema } from '../src/domain/bank/schema.ts'

const outputs = [
  {
    path: 'questions/schema/bank.schema.json',
    schema: BankFileSchema,
    title: 'Factline question bank (a bank file, or bank.yaml of a bank folder)',
  },
  {
    path: 'questions/schema/bank-part.schema.json',
    schema: BankPartSchema,
    title: 'Factline question bank part (more topics, facts and questions in a bank folder)',
  },
]

const check = process.argv.includes('--check')
let stale = false
for (const { path, schema, title } of outputs) {
  const json = { title, ...z.toJSONSchema(schema, { io: 'input', target: 'draft-07' }) }
  const text = `${JSON.stringify(json, null, 2)}\n`
  let current = ''
  try {
    current = readFileSync(path, 'utf8')
  } catch {
    // Missing counts as stale.
  }
  if (current === text) continue
  if (check) {
    console.error(`${path} is stale: run npm run questions:schema and commit it.`)
    stale = true
  } else {
    writeFileSync(path, text)
    console.log(`wrote ${path}`)
  }
}
process.exitCode = stale ? 1 : 0
