import { describe, expect, test } from 'vitest'
import { migrateWorkshop, validateWorkshop, WORKSHOP_FORMAT_VERSION } from './workshop.ts'
import { said } from '../../../tests/said.ts'
import type { Result } from '../validation.ts'
import { workshopFile } from '../../../tests/builders/workshop.ts'

/** A result with its problems as an English reader gets them. */
const told = <T>(r: Result<T>) => (r.ok ? r : { ok: false, problems: said(r.problems) })

const workshop = workshopFile({ formatVersion: WORKSHOP_FORMAT_VERSION, roles: ['management'] })

describe('workshop file versions', () => {
  test('a file from a newer Groundwork is refused with a message that says so', () => {
    const checked = validateWorkshop({ ...workshop, formatVersion: WORKSHOP_FORMAT_VERSION + 1 })
    expect(told(checked)).toMatchObject({
      ok: false,
      problems: [{ path: 'formatVersion', message: expect.stringMatching(/written by a newer Groundwork/) }],
    })
  })

  test('older versions pass through every upgrade in turn, and a missing upgrade is named', () => {
    const steps = { 1: (old: Record<string, unknown>) => ({ ...old, title: `${String(old.title)} (v2)` }) }
    const upgraded = migrateWorkshop(workshop, steps, 2)
    expect(upgraded).toEqual({ ok: true, value: { ...workshop, title: 'Klausur (v2)', formatVersion: 2 } })
    expect(told(migrateWorkshop(workshop, {}, 2))).toMatchObject({
      ok: false,
      problems: [{ path: 'formatVersion', message: 'no upgrade from version 1' }],
    })
  })

  test('the current version is read as it is', () => {
    expect(validateWorkshop(workshop).ok).toBe(true)
  })
})
