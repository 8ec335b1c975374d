import {
  problemAt,
  questionnaireKey,
  validateBranding,
  validateQuestionnaire,
  validateResponse,
  validateWorkshop,
  type ValidationProblem,
} from '../domain/index.ts'
import { LEGACY_BACKUP_PREFIX, LEGACY_KEYS } from './stored.ts'
import { setAside, workspaceDatabase, writeNow, type Write } from './workspace.ts'

export { LEGACY_KEYS }

export interface LegacyMigration {
  /** Records written to the workspace and read back identical. */
  moved: number
  /** Keys or entries that could not be read: set aside with a download. */
  setAside: number
  /** The old keys removed after the check. */
  removedKeys: string[]
}

type Found = { key: string; state: Record<string, unknown> }

type KeepAside = (key: string, value: unknown, problems: ValidationProblem[]) => void

function readLegacy(key: string, keepAside: KeepAside): Found | 'unreadable' | undefined {
  const raw = localStorage.getItem(key)
  if (raw === null) return undefined
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    keepAside(key, raw, [problemAt('(root)', { code: 'not_json', detail })])
    return 'unreadable'
  }
  const envelope = parsed as { state?: unknown; version?: unknown } | null
  if (!envelope || typeof envelope.state !== 'object' || envelope.state === null || envelope.version !== 1) {
    keepAside(key, raw, [problemAt('(version)', { code: 'storage_format' })])
    return 'unreadable'
  }
  return { key, state: envelope.state as Record<string, unknown> }
}

function prefixed(problems: ValidationProblem[], prefix: string): ValidationProblem[] {
  return problems.map((p) => ({ ...p, path: `${prefix}.${p.path}` }))
}

/**
 * Moves what an earlier Groundwork kept in local storage into the workspace, once: everything is
 * written in one transaction, read back and compared, and only then are the old keys removed.
 * What cannot be read (cut short, invalid, a newer format) is set aside with a download; nothing
 * is dropped. Safe to run on every start: with no old keys it does nothing.
 */
export async function migrateLegacyStorage(now: Date = new Date()): Promise<LegacyMigration> {
  const result: LegacyMigration = { moved: 0, setAside: 0, removedKeys: [] }
  const present = [...Object.values(LEGACY_KEYS), ...legacyBackupKeys()].filter((k) => localStorage.getItem(k) !== null)
  if (present.length === 0) return result

  const at = now.toISOString()
  const writes: Write[] = []
  const handled: string[] = []
  const setAsides: Promise<boolean>[] = []
  const keepAside: KeepAside = (key: string, value: unknown, problems: ValidationProblem[]) => {
    result.setAside += 1
    setAsides.push(setAside(key, value, problems))
  }

  const assessment = readLegacy(LEGACY_KEYS.assessment, keepAside)
  if (assessment && assessment !== 'unreadable') {
    const { response, lastQuestionId } = assessment.state
    if (response != null) {
      const checked = validateResponse(response)
      if (checked.ok) {
        const record = {
          id: checked.value.id,
          clientId: null,
          response: checked.value,
          ...(typeof lastQuestionId === 'string' ? { lastQuestionId } : {}),
          updatedAt: checked.value.updatedAt,
        }
        writes.push(
          { store: 'assessments', value: record },
          { store: 'meta', key: 'currentAssessment', value: record.id },
        )
      } else keepAside(LEGACY_KEYS.assessment, assessment.state, prefixed(checked.problems, 'response'))
    }
  }
  if (assessment) handled.push(LEGACY_KEYS.assessment)

  const history = readLegacy(LEGACY_KEYS.history, keepAside)
  if (history && history !== 'unreadable') {
    const entries = Array.isArray(history.state.entries) ? (history.state.entries as unknown[]) : []
    entries.forEach((entry, i) => {
      const { id, keptAt, response } = (entry ?? {}) as { id?: unknown; keptAt?: unknown; response?: unknown }
      const checked = validateResponse(response)
      if (typeof id === 'string' && id && typeof keptAt === 'string' && checked.ok)
        writes.push({
          store: 'assessments',
          value: { id, clientId: null, response: checked.value, keptAt, updatedAt: keptAt },
        })
      else
        keepAside(
          LEGACY_KEYS.history,
          entry,
          checked.ok
            ? [problemAt(`entries[${i}]`, { code: 'needs_id_and_date' })]
            : prefixed(checked.problems, `entries[${i}].response`),
        )
    })
  }
  if (history) handled.push(LEGACY_KEYS.history)

  const workshops = readLegacy(LEGACY_KEYS.workshops, keepAside)
  if (workshops && workshops !== 'unreadable') {
    const list = Array.isArray(workshops.state.workshops) ? (workshops.state.workshops as unknown[]) : []
    list.forEach((raw, i) => {
      const checked = validateWorkshop(raw)
      if (checked.ok)
        writes.push({
          store: 'workshops',
          value: { id: checked.value.id, clientId: null, workshop: checked.value, updatedAt: checked.value.updatedAt },
        })
      else keepAside(LEGACY_KEYS.workshops, raw, prefixed(checked.problems, `workshops[${i}]`))
    })
  }
  if (workshops) handled.push(LEGACY_KEYS.workshops)

  const questionnaire = readLegacy(LEGACY_KEYS.questionnaire, keepAside)
  if (questionnaire && questionnaire !== 'unreadable' && questionnaire.state.custom != null) {
    const checked = validateQuestionnaire(questionnaire.state.custom)
    if (checked.ok) {
      const id = questionnaireKey(checked.value.id, checked.value.version)
      writes.push(
        { store: 'questionnaires', value: { id, questionnaire: checked.value, addedAt: at, updatedAt: at } },
        { store: 'meta', key: 'chosenQuestionnaire', value: id },
      )
    } else keepAside(LEGACY_KEYS.questionnaire, questionnaire.state, prefixed(checked.problems, 'custom'))
  }
  if (questionnaire) handled.push(LEGACY_KEYS.questionnaire)

  const branding = readLegacy(LEGACY_KEYS.branding, keepAside)
  if (branding && branding !== 'unreadable' && branding.state.branding != null) {
    const checked = validateBranding(branding.state.branding)
    if (checked.ok)
      writes.push({ store: 'branding', value: { id: 'default', name: '', branding: checked.value, updatedAt: at } })
    else keepAside(LEGACY_KEYS.branding, branding.state, prefixed(checked.problems, 'branding'))
  }
  if (branding) handled.push(LEGACY_KEYS.branding)

  // Copies an earlier version set aside in local storage move to the workspace's own set-aside store.
  for (const key of legacyBackupKeys()) {
    keepAside(key.slice(LEGACY_BACKUP_PREFIX.length), localStorage.getItem(key) ?? '', [
      problemAt('(root)', { code: 'set_aside_before' }),
    ])
    handled.push(key)
  }

  const keptAside = await Promise.all(setAsides)
  await writeNow(writes)
  await verify(writes)
  result.moved = writes.filter((w) => w.store !== 'meta').length
  // A key whose unreadable content could not be stored elsewhere stays where it is.
  if (keptAside.every(Boolean)) {
    for (const key of handled) localStorage.removeItem(key)
    result.removedKeys = handled
  }
  return result
}

function legacyBackupKeys(): string[] {
  const keys: string[] = []
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i)
    if (key?.startsWith(LEGACY_BACKUP_PREFIX)) keys.push(key)
  }
  return keys
}

/** Reads every written record back and compares it: the old keys go only when the copy is whole. */
async function verify(writes: readonly Write[]): Promise<void> {
  const db = await workspaceDatabase()
  for (const write of writes) {
    const key = write.store === 'meta' ? write.key! : (write.value as { id: string }).id
    const stored = await db.get(write.store, key)
    if (JSON.stringify(stored) !== JSON.stringify(write.value))
      throw new Error(`Moving the saved data into the browser's database failed at ${write.store}/${key}`)
  }
}
