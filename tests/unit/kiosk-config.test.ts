import { describe, expect, it } from 'vitest'
import {
  KioskConfigSchema,
  hashPin,
  parseKioskQuery,
  readTypedNumbers,
} from '@/domain/kiosk/index.ts'

describe('parseKioskQuery', () => {
  it('reads every setting of a kiosk link', () => {
    expect(
      parseKioskQuery({ bank: 'korea', n: '12', topics: 'war, armistice ,,dmz', idle: '90' }),
    ).toEqual({ bank: 'korea', n: 12, topics: ['war', 'armistice', 'dmz'], idle: 90 })
  })

  it('leaves out what it cannot read', () => {
    expect(parseKioskQuery({})).toEqual({})
    expect(
      parseKioskQuery({ bank: '  ', n: 'lots', topics: ' , ,', idle: '1.5', other: 'x' }),
    ).toEqual({})
    expect(parseKioskQuery({ bank: null, n: undefined, idle: '' })).toEqual({})
    expect(parseKioskQuery({ n: '12abc', idle: '60s' })).toEqual({})
  })

  it('brings numbers out of range into it', () => {
    expect(parseKioskQuery({ n: '0', idle: '1' })).toEqual({ n: 1, idle: 10 })
    expect(parseKioskQuery({ n: '-4', idle: '-60' })).toEqual({ n: 1, idle: 10 })
    expect(parseKioskQuery({ n: '500', idle: '86400' })).toEqual({ n: 100, idle: 3600 })
    expect(parseKioskQuery({ n: '99999999999999999999999' })).toEqual({ n: 100 })
    expect(parseKioskQuery({ n: ' 7 ', idle: '+30' })).toEqual({ n: 7, idle: 30 })
  })

  it('takes the first value of a repeated setting, and every topic', () => {
    expect(
      parseKioskQuery({
        bank: [null, 'a', 'b'],
        n: ['5', '9'],
        topics: ['x,y', null, 'z', 'x'],
      }),
    ).toEqual({ bank: 'a', n: 5, topics: ['x', 'y', 'z'] })
  })
})

describe('KioskConfigSchema', () => {
  it('fills in the idle time and round-trips', async () => {
    const pin = await hashPin('1234', globalThis.crypto.subtle, new Uint8Array(16), 1_000)
    const config = KioskConfigSchema.parse({ bank: 'korea', n: 10, topics: [], pin })
    expect(config.idle).toBe(60)
    expect(KioskConfigSchema.parse(JSON.parse(JSON.stringify(config)))).toEqual(config)
  })

  it('keeps the kiosk’s language, and reads a config saved before kiosks had one', async () => {
    const pin = await hashPin('1234', globalThis.crypto.subtle, new Uint8Array(16), 1_000)
    const old = { bank: 'korea', n: 10, topics: [], idle: 60, pin }
    expect(KioskConfigSchema.parse(old)).toEqual(old)
    expect(KioskConfigSchema.parse({ ...old, language: 'fr' }).language).toBe('fr')
    // A language this copy does not speak leaves the rest of the kiosk's settings readable.
    expect(KioskConfigSchema.safeParse({ ...old, language: 'xx' }).success).toBe(true)
    expect(KioskConfigSchema.safeParse({ ...old, language: 3 }).success).toBe(false)
  })

  it('refuses settings out of range', async () => {
    const pin = await hashPin('1234', globalThis.crypto.subtle, new Uint8Array(16), 1_000)
    const ok = { bank: 'korea', n: 10, topics: ['war'], idle: 60, pin }
    expect(KioskConfigSchema.safeParse(ok).success).toBe(true)
    expect(KioskConfigSchema.safeParse({ ...ok, n: 0 }).success).toBe(false)
    expect(KioskConfigSchema.safeParse({ ...ok, n: 101 }).success).toBe(false)
    expect(KioskConfigSchema.safeParse({ ...ok, n: 2.5 }).success).toBe(false)
    expect(KioskConfigSchema.safeParse({ ...ok, idle: 9 }).success).toBe(false)
    expect(KioskConfigSchema.safeParse({ ...ok, idle: 3601 }).success).toBe(false)
    expect(KioskConfigSchema.safeParse({ ...ok, bank: '' }).success).toBe(false)
    expect(KioskConfigSchema.safeParse({ ...ok, pin: undefined }).success).toBe(false)
  })
})

describe("the teacher panel's typed numbers", () => {
  const fine = { count: undefined, idle: undefined }

  it('takes whole numbers in range, spaces around them allowed', () => {
    expect(readTypedNumbers(' 12 ', '90')).toEqual({ n: 12, idle: 90, problems: fine })
    expect(readTypedNumbers('1', '10')).toMatchObject({ n: 1, idle: 10, problems: fine })
    expect(readTypedNumbers('100', '3600')).toMatchObject({ n: 100, idle: 3600, problems: fine })
  })

  it('refuses, rather than brings into range, what a link would be forgiven', () => {
    for (const [count, idle] of [
      ['0', '9'],
      ['101', '3601'],
      ['2.5', '1e2'],
      ['-3', '+60'],
      ['', 'lots'],
    ] as const)
      expect(readTypedNumbers(count, idle)).toEqual({
        n: undefined,
        idle: undefined,
        problems: {
          count: { min: 1, max: 100 },
          idle: { min: 10, max: 3600 },
        },
      })
  })

  it('says only what is wrong', () => {
    expect(readTypedNumbers('5', '5')).toEqual({
      n: 5,
      idle: undefined,
      problems: {
        count: undefined,
        idle: { min: 10, max: 3600 },
      },
    })
  })
})
