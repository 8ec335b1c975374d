import { describe, expect, it } from 'vitest'
import { answersFrom, buildQuestionnaire } from '../../../tests/builders/questionnaire.ts'
import { answersToCsv } from './csv.ts'
import { validateWorkshop, type Workshop } from './workshop.ts'

const questionnaire = buildQuestionnaire([{ id: 'bm', layer: 'foundation', questions: 2 }])
const noted = (answers: ReturnType<typeof answersFrom>, id: string, note: string) => ({
  ...answers,
  [id]: { ...answers[id], note },
})
const participants = [
  {
    id: 'a',
    name: 'Ayşe Yılmaz',
    role: 'production',
    answers: noted(answersFrom({ bm: [4, 2] }), 'bm-1', 'Bei uns läuft das; anders als im Büro'),
  },
  { id: 'b', name: 'Bernd', role: 'staff', answers: noted(answersFrom({ bm: [1, 2] }), 'bm-1', '=nicht "so"') },
]
const workshop: Workshop = {
  format: 'groundwork-workshop',
  formatVersion: 1,
  id: 'w-1',
  title: 'Klausur; Frühjahr',
  organisation: 'Müller GmbH',
  date: '2026-11-23',
  facilitator: 'Eva Groß',
  questionnaire: { id: 'q', version: '1' },
  roles: [],
  participants: [],
  consensus: { 'bm-2': 2 },
  decisions: {
    'bm-1': {
      decision: 'Wir messen es ab Januar',
      actions: [
        { id: 'a1', text: 'Zahlen sammeln', owner: 'Ayşe', due: '2026-12-18' },
        { id: 'a2', text: 'Termin ansetzen' },
      ],
    },
  },
  createdAt: '2026-11-23T09:00:00.000Z',
  updatedAt: '2026-11-23T09:00:00.000Z',
}

/** A minimal CSV reader (quotes, doubled quotes, line breaks in cells) to read back what Excel would. */
function parse(csv: string, separator: string): string[][] {
  const rows: string[][] = [[]]
  let cell = ''
  let quoted = false
  const endCell = () => {
    rows.at(-1)!.push(cell)
    cell = ''
  }
  for (let i = 1; i < csv.length; i++) {
    const c = csv[i]!
    if (quoted && c === '"' && csv[i + 1] === '"') {
      cell += '"'
      i++
    } else if (quoted) {
      if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === separator) endCell()
    else if (c === '\r' && csv[i + 1] === '\n') {
      endCell()
      rows.push([])
      i++
    } else cell += c
  }
  return rows.slice(0, -1)
}

describe('the CSV of a workshop', () => {
  const csv = answersToCsv(questionnaire, participants, { locale: 'de', showNames: false, workshop })
  const rows = parse(csv, ';')
  const header = rows[0]!
  const column = (name: string) => header.indexOf(name)
  const row = (id: string) => rows.find((r) => r[1] === id)!

  it('carries the notes per question, anonymised as "Person N" without the role', () => {
    expect(row('bm-1')[column('Anmerkungen')]).toBe(
      'Person 1: Bei uns läuft das; anders als im Büro\nPerson 2: =nicht "so"',
    )
    expect(row('bm-2')[column('Anmerkungen')]).toBe('')
    expect(csv).not.toContain('Ayşe Yılmaz')
    expect(csv).not.toMatch(/Person 1 \(/)
    const named = answersToCsv(questionnaire, participants, { locale: 'de', showNames: true, workshop })
    expect(named).toContain('Ayşe Yılmaz: Bei uns läuft das')
  })

  it('carries the agreed level, the decision and the actions with owner and due date', () => {
    expect(header.slice(-4)).toEqual(['Anmerkungen', 'Vereinbarte Stufe', 'Entscheidung', 'Maßnahmen'])
    expect(row('bm-2')[column('Vereinbarte Stufe')]).toBe('2')
    expect(row('bm-1')[column('Vereinbarte Stufe')]).toBe('')
    expect(row('bm-1')[column('Entscheidung')]).toBe('Wir messen es ab Januar')
    expect(row('bm-1')[column('Maßnahmen')]).toBe(
      'Zahlen sammeln – verantwortlich: Ayşe – bis: 2026-12-18\nTermin ansetzen',
    )
    // Every row as wide as the header: a spreadsheet's columns stay in line.
    for (const r of rows.slice(0, 1 + 1 + 2 + 1)) expect(r).toHaveLength(header.length)
  })

  it("ends with the workshop's details, the header still the first row", () => {
    expect(header.slice(0, 3)).toEqual(['Dimension', 'Frage-ID', 'Frage'])
    expect(rows.slice(-5)).toEqual([
      ['Workshop', 'Klausur; Frühjahr'],
      ['Organisation', 'Müller GmbH'],
      ['Datum', '2026-11-23'],
      ['Moderation', 'Eva Groß'],
      // Anonymous: the roles only counted, never beside a person's column.
      ['Rollen', 'Produktion und Werkstatt: 1 · Mitarbeitende: 1'],
    ])
    expect(rows[1]!.slice(3, 5)).toEqual(['', ''])
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const english = answersToCsv(questionnaire, participants, { locale: 'en', showNames: false, workshop })
    expect(english).toContain('\r\nFacilitator,Eva Groß\r\nRoles,Production and workshop: 1 · Staff: 1\r\n')
    expect(english.split('\r\n')[0]!.endsWith(',Notes,Agreed level,Decision,Actions')).toBe(true)
  })

  it('without a workshop the sheet is as before, and a workshop file keeps decisions optional', () => {
    const plain = parse(answersToCsv(questionnaire, participants, { locale: 'de', showNames: false }), ';')
    expect(plain.at(-1)![2]).toBe('Punkte der Dimension (0–100)')
    const { decisions: _d, ...old } = workshop
    expect(validateWorkshop(old).ok).toBe(true)
    const checked = validateWorkshop({ ...workshop, decisions: { 'bm-1': { decision: 'Ja' } } })
    expect(checked.ok && checked.value.decisions).toEqual({ 'bm-1': { decision: 'Ja', actions: [] } })
    expect(
      validateWorkshop({ ...workshop, decisions: { 'bm-1': { actions: [{ id: 'x', text: 'a', due: 'morgen' }] } } }).ok,
    ).toBe(false)
  })
})
