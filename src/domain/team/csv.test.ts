import { describe, expect, it } from 'vitest'
import { answersFrom, buildQuestionnaire } from '../testing/build-questionnaire.ts'
import { answersToCsv } from './csv.ts'

const questionnaire = buildQuestionnaire([{ id: 'bm', layer: 'foundation', questions: 2 }])
const participants = [
  { id: 'a', name: 'Anna Groß', role: 'management', answers: answersFrom({ bm: [4, 'dontKnow'] }) },
  { id: 'b', name: '=HYPERLINK("x")', role: 'staff', answers: answersFrom({ bm: [1] }) },
]

describe('answersToCsv', () => {
  it('writes German Excel CSV: BOM, semicolons, decimal comma, anonymised by default', () => {
    const csv = answersToCsv(questionnaire, participants, { locale: 'de', showNames: false })
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const lines = csv.slice(1).trimEnd().split('\r\n')
    expect(lines[0]).toBe('Dimension;Frage-ID;Frage;Person 1;Person 2;Mittelwert')
    expect(lines[1]).toBe('Rolle;;;Geschäftsführung;Mitarbeitende;')
    expect(lines[2]).toBe('bm (de);bm-1;bm 1 (de);4;1;2,50')
    expect(lines[3]).toBe('bm (de);bm-2;bm 2 (de);Weiß ich nicht;;')
    expect(csv).not.toContain('Anna')
  })

  it('shows names only when asked, and never lets a cell become a formula', () => {
    const csv = answersToCsv(questionnaire, participants, { locale: 'en', showNames: true })
    expect(csv.split('\r\n')[0]).toBe('\uFEFFDimension,Question id,Question,Anna Groß,"\'=HYPERLINK(""x"")",Mean')
  })
})
