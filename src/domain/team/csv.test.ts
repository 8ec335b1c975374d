import { describe, expect, it } from 'vitest'
import { answersFrom, buildQuestionnaire } from '../../../tests/builders/questionnaire.ts'
import { answersToCsv } from './csv.ts'

const questionnaire = buildQuestionnaire([{ id: 'bm', layer: 'foundation', questions: 2 }])
const participants = [
  { id: 'a', name: 'Anna Groß', role: 'management', answers: answersFrom({ bm: [4, 'dontKnow'] }) },
  { id: 'b', name: '=HYPERLINK("x")', role: 'staff', answers: answersFrom({ bm: [1] }) },
]
const lines = (csv: string) => csv.slice(1).trimEnd().split('\r\n')
/** Cells a row leaves empty: a run of them, as many as `count`. */
const empty = (count: number) => Array.from({ length: count }, () => '')

describe('answersToCsv', () => {
  it('writes German Excel CSV: BOM, semicolons, decimal comma, anonymised by default', () => {
    const csv = answersToCsv(questionnaire, participants, { locale: 'de', showNames: false })
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const [header, roles, first, second] = lines(csv)
    // The first columns as they always were; the team's figures follow.
    expect(header!.startsWith('Dimension;Frage-ID;Frage;Person 1;Person 2;Mittelwert;')).toBe(true)
    // Anonymous: no role beside "Person N" (in a small team it would say who answered what).
    expect(roles!.startsWith('Rolle;;anonym: nicht je Person, unten gezählt;;;')).toBe(true)
    expect(csv).not.toMatch(/Geschäftsführung|Mitarbeitende/)
    expect(first!.startsWith('bm (de);bm-1;bm 1 (de);4;1;2,50;')).toBe(true)
    expect(second!.startsWith('bm (de);bm-2;bm 2 (de);Weiß ich nicht;;;')).toBe(true)
    expect(csv).not.toContain('Anna')
  })

  it("names each person's role only when names are shown", () => {
    const [, roles] = lines(answersToCsv(questionnaire, participants, { locale: 'de', showNames: true }))
    expect(roles!.startsWith('Rolle;;;Geschäftsführung;Mitarbeitende;')).toBe(true)
  })

  it('adds how far the room agrees, the counts of other answers, the kind and the topic rank', () => {
    const [header, roles, first, second] = lines(
      answersToCsv(questionnaire, participants, { locale: 'de', showNames: false }),
    )
    const columns = header!.split(';')
    expect(columns.slice(5)).toEqual([
      'Mittelwert',
      'Median',
      'Einigkeit (%)',
      'Interquartilsabstand',
      'Weiß ich nicht (Anzahl)',
      'Trifft auf uns nicht zu (Anzahl)',
      'Für unser Geschäft nicht nötig (Anzahl)',
      'Einordnung',
      'Rang als Diskussionsthema',
      'Teamwert',
      'Mittel der Einzelwerte',
      'Anmerkungen',
      'Vereinbarte Stufe',
      'Entscheidung',
      'Maßnahmen',
    ])
    expect(roles!.split(';')).toHaveLength(columns.length)
    // bm-1: 4 and 1 – median 2,5, one of two on neighbouring levels, split, the first topic.
    expect(first!.split(';').slice(5)).toEqual(['2,50', '2,5', '50', '3', '0', '0', '0', 'Geteilt', '1', ...empty(6)])
    // bm-2: one "don't know", nobody else: nobody knows – no view to discuss, so no topic.
    expect(second!.split(';').slice(5)).toEqual([...empty(4), '1', '0', '0', 'Niemand weiß es', ...empty(7)])
  })

  it('ends with a row per dimension: each person, the team score and the mean of individual scores', () => {
    const [, , , , dimension] = lines(answersToCsv(questionnaire, participants, { locale: 'de', showNames: false }))
    // Anna (4 + "don't know" as 0) / 8 = 50; the other 1 / 4 = 25 (one answer); team (2,5 + 0) / 8 = 31,25.
    expect(dimension!.split(';')).toEqual([
      'bm (de)',
      '',
      'Punkte der Dimension (0–100)',
      '50,0',
      '25,0',
      ...empty(9),
      '31,3',
      '37,5',
      ...empty(4),
    ])
  })

  it('shows names only when asked, and never lets a cell become a formula', () => {
    const csv = answersToCsv(questionnaire, participants, { locale: 'en', showNames: true })
    expect(
      csv.split('\r\n')[0]!.startsWith('\uFEFFDimension,Question id,Question,Anna Groß,"\'=HYPERLINK(""x"")",Mean,'),
    ).toBe(true)
    expect(csv).toContain(',Team score,Mean of individual scores,Notes,Agreed level,Decision,Actions\r\n')
  })
})
