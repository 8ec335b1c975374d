import type { RuleIssue } from './problems/issue.ts'
import { problemAt, type Result, type ValidationProblem } from './validation.ts'

/** Upgrades a file of one format version to the next. */
export type Migration = (old: Record<string, unknown>) => Record<string, unknown>

export interface FileFormat {
  /** The file's `format` value, e.g. "groundwork-response". */
  format: string
  currentVersion: number
  /** Upgrades from version N to N + 1, keyed by N. */
  steps: Record<number, Migration>
}

export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const fail = (path: string, issue: RuleIssue): { ok: false; problems: ValidationProblem[] } => ({
  ok: false,
  problems: [problemAt(path, issue)],
})

/**
 * Brings a file of any known version of a format to the current one, step by step: files, links
 * and stored records of every format (responses, workshops, backups) come through here. A foreign
 * file, a newer version or a missing upgrade is one problem, said plainly.
 */
export function migrateFormat(data: unknown, file: FileFormat): Result<Record<string, unknown>> {
  if (!isJsonObject(data)) return fail('(root)', { code: 'not_object' })
  if (data.format !== file.format) return fail('format', { code: 'foreign_format', format: file.format })
  let version = data.formatVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail('formatVersion', { code: 'format_version' })
  if (version > file.currentVersion)
    return fail('formatVersion', { code: 'newer_version', version, max: file.currentVersion })
  let current = data
  while (version < file.currentVersion) {
    const step = file.steps[version]
    if (!step) return fail('formatVersion', { code: 'no_upgrade', version })
    current = { ...step(current), formatVersion: version + 1 }
    version += 1
  }
  return { ok: true, value: current }
}
