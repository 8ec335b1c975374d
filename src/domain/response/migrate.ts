import type { Result } from '../validation.ts'
import { RESPONSE_FORMAT, RESPONSE_FORMAT_VERSION } from './schema.ts'

type Migration = (old: Record<string, unknown>) => Record<string, unknown>

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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Brings a response of any known format version to the current one. */
export function migrateResponse(
  data: unknown,
  steps: Record<number, Migration> = migrations,
  currentVersion: number = RESPONSE_FORMAT_VERSION,
): Result<unknown> {
  if (!isRecord(data)) return { ok: false, problems: [{ path: '(root)', message: 'must be a JSON object' }] }
  if (data.format !== RESPONSE_FORMAT)
    return {
      ok: false,
      problems: [{ path: 'format', message: `not a Groundwork response file (expected format "${RESPONSE_FORMAT}")` }],
    }
  let version = data.formatVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, problems: [{ path: 'formatVersion', message: 'must be a whole number from 1' }] }
  if (version > currentVersion)
    return {
      ok: false,
      problems: [
        {
          path: 'formatVersion',
          message: `version ${version} was written by a newer Groundwork; this one reads up to version ${currentVersion}`,
        },
      ],
    }
  let current: Record<string, unknown> = data
  while (version < currentVersion) {
    const step = steps[version]
    if (!step)
      return { ok: false, problems: [{ path: 'formatVersion', message: `no upgrade from version ${version}` }] }
    current = { ...step(current), formatVersion: version + 1 }
    version += 1
  }
  return { ok: true, value: current }
}
