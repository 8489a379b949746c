import { readdirSync, readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

// What VS Code's YAML extension checks as the teacher types: it must agree with the validator.
const ajv = new Ajv({ allErrors: true, strict: false })
addFormats.default(ajv)
const load = (path: string) => ajv.compile(JSON.parse(readFileSync(path, 'utf8')))
const bankSchema = load('questions/schema/bank.schema.json')
const partSchema = load('questions/schema/bank-part.schema.json')
const yaml = (path: string) => parse(readFileSync(path, 'utf8'))

describe('the JSON Schemas for editors', () => {
  it('accept every file of the repository banks', () => {
    const dir = 'questions/korea-2018'
    for (const name of readdirSync(dir)) {
      const validate = name === 'bank.yaml' ? bankSchema : partSchema
      expect(validate(yaml(`${dir}/${name}`)), `${name}: ${ajv.errorsText(validate.errors)}`).toBe(
        true,
      )
    }
    expect(
      bankSchema(yaml('tests/fixtures/banks/good.yaml')),
      ajv.errorsText(bankSchema.errors),
    ).toBe(true)
  })

  it('reject what the validator rejects: unknown keys, wrong types, unknown question types', () => {
    for (const name of [
      'bad-unknown-key',
      'bad-wrong-type',
      'bad-unknown-type',
      'bad-difficulty',
      'bad-bad-id',
    ]) {
      expect(bankSchema(yaml(`tests/fixtures/banks/${name}.yaml`)), name).toBe(false)
    }
  })
})
