import { describe, expect, it } from 'vitest'
import { CSV_HEADER, resultsCsv, resultsFileName, type KioskSession } from '@/domain/kiosk/index.ts'

/** A strict RFC 4180 reader: CRLF between records, quoted fields with doubled quotes. */
function readCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let i = 0
  while (i < text.length) {
    const c = text[i]
    if (cell === '' && c === '"') {
      i++
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quote')
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            cell += '"'
            i += 2
          } else {
            i++
            break
          }
        } else {
          cell += text[i]
          i++
        }
      }
      const next = text[i]
      if (next !== ',' && next !== '\r' && next !== undefined) {
        throw new Error(`text after a closing quote at ${i}`)
      }
    } else if (c === ',') {
      row.push(cell)
      cell = ''
      i++
    } else if (c === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`a CR without LF at ${i}`)
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      i += 2
    } else {
      if (c === '"' || c === '\n') throw new Error(`a bare ${JSON.stringify(c)} at ${i}`)
      cell += c
      i++
    }
  }
  if (cell !== '' || row.length > 0) throw new Error('the last record has no CRLF')
  return rows
}

const T = Date.UTC(2025, 2, 14, 9, 30, 0)

const sessions: KioskSession[] = [
  {
    id: 'a1b2',
    student: 1,
    bank: 'korea',
    startedAt: T,
    finishedAt: T + 95_500,
    answers: [
      {
        key: 'korea/leader',
        prompt: 'Who led North Korea, "the Great Successor"?',
        type: 'short',
        answer: 'Kim Jong Un — 김정은',
        right: 'Kim Jong Un',
        credit: 1,
        seconds: 12.34,
        appealed: false,
      },
      {
        key: 'korea/armistice',
        prompt: 'Put the events in order,\r\nthen check',
        type: 'order',
        answer: '=HYPERLINK("http://x.test","click")',
        right: 'War → Armistice\nDMZ',
        credit: 1 / 3,
        seconds: 0,
        appealed: true,
      },
      {
        key: 'korea/troops',
        prompt: '+1 or -1? @ or tab',
        type: 'numeric',
        answer: '-28,000 troops',
        right: '@SUM(A1)',
        credit: 0.005,
        seconds: 7.05,
        appealed: false,
      },
    ],
  },
  {
    id: '\tc3',
    student: 2,
    bank: 'korea',
    startedAt: T + 120_000,
    finishedAt: null,
    answers: [],
  },
]

describe('resultsCsv', () => {
  const csv = resultsCsv(sessions)

  it('starts with a BOM and the header', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(csv.startsWith(`\uFEFF${CSV_HEADER.join(',')}\r\n`)).toBe(true)
    expect(CSV_HEADER.join(',')).toBe(
      'student,session,started,finished,question,prompt,type,answer,right answer,credit,seconds,appeal',
    )
  })

  it('ends every line with CRLF and has no bare LF between records', () => {
    expect(csv.endsWith('\r\n')).toBe(true)
    const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/g, '')
    expect(outsideQuotes).not.toMatch(/\r(?!\n)|(?<!\r)\n/)
    expect(outsideQuotes.split('\r\n')).toHaveLength(5 + 1)
  })

  it('reads back, cell for cell, with a strict RFC 4180 reader', () => {
    const rows = readCsv(csv.slice(1))
    expect(rows).toEqual([
      [...CSV_HEADER],
      [
        '1',
        'a1b2',
        '2025-03-14T09:30:00.000Z',
        '2025-03-14T09:31:35.500Z',
        'korea/leader',
        'Who led North Korea, "the Great Successor"?',
        'short',
        'Kim Jong Un — 김정은',
        'Kim Jong Un',
        '1',
        '12.3',
        '',
      ],
      [
        '1',
        'a1b2',
        '2025-03-14T09:30:00.000Z',
        '2025-03-14T09:31:35.500Z',
        'korea/armistice',
        'Put the events in order,\r\nthen check',
        'order',
        `'=HYPERLINK("http://x.test","click")`,
        'War → Armistice\nDMZ',
        '0.33',
        '0',
        'yes',
      ],
      [
        '1',
        'a1b2',
        '2025-03-14T09:30:00.000Z',
        '2025-03-14T09:31:35.500Z',
        'korea/troops',
        `'+1 or -1? @ or tab`,
        'numeric',
        `'-28,000 troops`,
        `'@SUM(A1)`,
        '0.01',
        '7.1',
        '',
      ],
      ['2', `'\tc3`, '2025-03-14T09:32:00.000Z', '', '', '', '', '', '', '', '', ''],
    ])
    expect(rows.every((row) => row.length === CSV_HEADER.length)).toBe(true)
  })

  it('quotes a field with a comma, a quote or a line break, doubling quotes', () => {
    expect(csv).toContain(',"Who led North Korea, ""the Great Successor""?",')
    expect(csv).toContain(',"Put the events in order,\r\nthen check",')
    expect(csv).toContain(',"War → Armistice\nDMZ",')
    expect(csv).toContain(`,"'=HYPERLINK(""http://x.test"",""click"")",`)
    expect(csv).toContain(',korea/leader,')
  })

  it('guards against formulas in every text cell that starts like one', () => {
    const guarded = (text: string) =>
      readCsv(
        resultsCsv([
          { ...sessions[0]!, answers: [{ ...sessions[0]!.answers[0]!, answer: text }] },
        ]).slice(1),
      )[1]?.[7]
    expect(guarded('=1+1')).toBe("'=1+1")
    expect(guarded('+1')).toBe("'+1")
    expect(guarded('-1')).toBe("'-1")
    expect(guarded('@A1')).toBe("'@A1")
    expect(guarded('\t=1')).toBe("'\t=1")
    expect(guarded('\r=1')).toBe("'\r=1")
    expect(guarded('1=1')).toBe('1=1')
    expect(guarded(' =1')).toBe(' =1')
  })

  it('keeps unicode as it is', () => {
    expect(csv).toContain('Kim Jong Un — 김정은')
    expect(csv).toContain('War → Armistice')
  })

  it('writes just the header for no sessions', () => {
    expect(resultsCsv([])).toBe(`\uFEFF${CSV_HEADER.join(',')}\r\n`)
  })

  it('has an appeal column: yes where the student said their answer should count', () => {
    const at = CSV_HEADER.indexOf('appeal')
    expect(at).toBe(CSV_HEADER.length - 1)
    const rows = readCsv(csv.slice(1)).slice(1)
    expect(rows.map((row) => row[at])).toEqual(['', 'yes', '', ''])
  })

  it('has no column for a name: a student is a number', () => {
    expect(CSV_HEADER).not.toContain('name')
    expect(
      readCsv(csv.slice(1))
        .slice(1)
        .map((row) => row[0]),
    ).toEqual(['1', '1', '1', '2'])
  })
})

describe("the results file's name", () => {
  it("carries the teacher's own day, month and day in two digits", () => {
    // Late evening: in a timezone west of UTC, UTC would already say the next day.
    expect(resultsFileName(new Date(2026, 2, 2, 23, 30))).toBe(
      'factline-kiosk-results-2026-03-02.csv',
    )
    expect(resultsFileName(new Date(2026, 11, 31, 0, 5))).toBe(
      'factline-kiosk-results-2026-12-31.csv',
    )
  })
})
