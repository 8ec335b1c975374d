// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { ASSESSMENT_STORAGE_KEY, useAssessmentStore } from './assessment-store.ts'
import { syncAcrossTabs } from './cross-tab.ts'

const response = (choice: number) => ({
  format: 'groundwork-response',
  formatVersion: 1,
  id: 'r-1',
  questionnaire: { id: 'groundwork', version: '1.0' },
  answers: { 'bm-value-statement': { choice } },
  createdAt: '2026-11-23T10:00:00.000Z',
  updatedAt: '2026-11-23T10:00:00.000Z',
})

afterEach(() => {
  localStorage.clear()
  useAssessmentStore.setState({ response: null, lastQuestionId: null })
})

function saveFromOtherTab(value: unknown) {
  const text = JSON.stringify({ state: { response: value, lastQuestionId: null }, version: 1 })
  localStorage.setItem(ASSESSMENT_STORAGE_KEY, text)
  window.dispatchEvent(
    new StorageEvent('storage', { key: ASSESSMENT_STORAGE_KEY, newValue: text, storageArea: localStorage }),
  )
}

describe('syncAcrossTabs', () => {
  it('picks up an answer saved in another tab', async () => {
    const stop = syncAcrossTabs()
    saveFromOtherTab(response(3))
    await Promise.resolve()
    expect(useAssessmentStore.getState().response?.answers['bm-value-statement']?.choice).toBe(3)
    stop()
  })

  it('ignores the other tab once stopped', async () => {
    syncAcrossTabs()()
    saveFromOtherTab(response(1))
    await Promise.resolve()
    expect(useAssessmentStore.getState().response).toBeNull()
  })
})
