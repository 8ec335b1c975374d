import type { Workshop } from '../../src/domain/index.ts'

/** A valid workshop file, "Klausur" on 23 November 2026 with no one in it yet; `overrides` set what a test needs. */
export function workshopFile(overrides: Partial<Workshop> = {}): Workshop {
  return {
    format: 'groundwork-workshop',
    formatVersion: 1,
    id: 'w-1',
    title: 'Klausur',
    date: '2026-11-23',
    questionnaire: { id: 'groundwork', version: '2.0' },
    roles: [],
    participants: [],
    consensus: {},
    createdAt: '2026-11-23T09:00:00.000Z',
    updatedAt: '2026-11-23T09:00:00.000Z',
    ...overrides,
  }
}
