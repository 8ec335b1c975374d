// @vitest-environment jsdom
import { describe, expect, test } from 'vitest'
import { validateQuestionnaire, validateWorkshop, type Questionnaire } from '../domain/index.ts'
import mini from '../../tests/fixtures/mini-questionnaire.json'
import { emptyDetails, useWorkshopStore } from './workshop-store.ts'

const questionnaire = (validateQuestionnaire(mini) as { ok: true; value: Questionnaire }).value
const details = { ...emptyDetails(new Date('2026-11-23T10:00:00Z')), title: 'Klausur', facilitator: 'A. Berater' }

describe('workshop store', () => {
  test('creates a valid workshop on the questionnaire', () => {
    const workshop = useWorkshopStore.getState().create(details, questionnaire)
    expect(workshop.questionnaire).toEqual({ id: 'mini', version: '1.0' })
    expect(workshop.roles).toContain('management')
    expect(validateWorkshop(workshop).ok).toBe(true)
  })

  test('an emptied optional field is removed, not stored empty', () => {
    const { id } = useWorkshopStore.getState().create(details, questionnaire)
    useWorkshopStore.getState().update(id, { ...details, facilitator: '' })
    expect(useWorkshopStore.getState().workshops[0]).not.toHaveProperty('facilitator')
  })

  test('participants are added, answered live, renamed and removed', () => {
    const { id } = useWorkshopStore.getState().create(details, questionnaire)
    const store = useWorkshopStore.getState()
    const pid = store.addParticipant(id, { name: 'Anna', role: 'staff' })
    store.setChoice(id, pid, 'bm-a', 3)
    store.updateParticipant(id, pid, { name: 'Anna K.' })
    store.setConsensus(id, 'bm-a', 2)
    let [workshop] = useWorkshopStore.getState().workshops
    expect(workshop!.participants[0]).toMatchObject({
      name: 'Anna K.',
      role: 'staff',
      answers: { 'bm-a': { choice: 3 } },
    })
    expect(workshop!.consensus).toEqual({ 'bm-a': 2 })
    store.setChoice(id, pid, 'bm-a', undefined)
    store.removeParticipant(id, pid)
    ;[workshop] = useWorkshopStore.getState().workshops
    expect(workshop!.participants).toEqual([])
  })

  test('answers received for a participant already there replace theirs; name and chosen role stay', () => {
    const { id } = useWorkshopStore.getState().create(details, questionnaire)
    const store = useWorkshopStore.getState()
    const pid = store.addParticipant(id, { name: 'Anna', role: 'management' })
    store.receiveAnswers(id, pid, {
      source: 'link',
      responseId: 'r-anna',
      responseUpdatedAt: '2026-11-20T10:00:00.000Z',
      answers: { 'bm-a': { choice: 1 } },
      adoption: { crm: { choice: 'fewUse' } },
      role: 'staff',
    })
    store.receiveAnswers(id, pid, {
      source: 'file',
      responseId: 'r-anna',
      responseUpdatedAt: '2026-11-21T10:00:00.000Z',
      answers: { 'bm-a': { choice: 2 } },
    })
    const [workshop] = useWorkshopStore.getState().workshops
    expect(workshop!.participants).toEqual([
      {
        id: pid,
        name: 'Anna',
        role: 'management',
        source: 'file',
        responseId: 'r-anna',
        responseUpdatedAt: '2026-11-21T10:00:00.000Z',
        answers: { 'bm-a': { choice: 2 } },
      },
    ])
    expect(validateWorkshop(workshop).ok).toBe(true)
  })

  test('an imported workshop whose id is taken comes in as a copy', () => {
    const original = useWorkshopStore.getState().create(details, questionnaire)
    const copy = useWorkshopStore.getState().importWorkshop(original)
    expect(copy.id).not.toBe(original.id)
    expect(useWorkshopStore.getState().workshops).toHaveLength(2)
  })
})
