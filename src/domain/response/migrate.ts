import { migrateFormat, type Migration } from '../format-migration.ts'
import type { Result } from '../validation.ts'
import { RESPONSE_FORMAT, RESPONSE_FORMAT_VERSION } from './schema.ts'

/**
 * Upgrades from format version N to N + 1, keyed by N. Every older response file passes through
 * here before validation, so the rest of the code only ever sees the current format.
 * Version 1 is the first published format; add an entry here with each new version.
 * (Moving answers to a newer questionnaire version is another matter: see `carryOver.ts`.)
 */
const migrations: Record<number, Migration> = {
  // Version 2 adds the adoption inventory (optional): version 1 files are valid as they are.
  1: (old) => old,
}

/** Brings a response of any known format version to the current one. */
export function migrateResponse(
  data: unknown,
  steps: Record<number, Migration> = migrations,
  currentVersion: number = RESPONSE_FORMAT_VERSION,
): Result<unknown> {
  return migrateFormat(data, {
    format: RESPONSE_FORMAT,
    currentVersion,
    steps,
  })
}
