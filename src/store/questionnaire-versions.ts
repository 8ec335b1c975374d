import { validateQuestionnaire, type Questionnaire } from '../domain/index.ts'
import { loadDefaultQuestionnaire, useQuestionnaireStore } from './questionnaire-store.ts'

/** Earlier versions of the embedded questionnaire, kept so their reports stay viewable. */
const ARCHIVE: Record<string, () => Promise<unknown>> = {
  'groundwork@1.0': async () => {
    if (import.meta.env.MODE === 'test')
      return (await import('../../questionnaires/archive/groundwork-1.0.json')).default
    const { default: url } = await import('../../questionnaires/archive/groundwork-1.0.json?url')
    const response = await fetch(url)
    if (!response.ok) throw new Error(`The archived questionnaire could not be loaded (${response.status})`)
    return (await response.json()) as unknown
  },
}

const versions = new Map<string, Promise<Questionnaire | null>>()
// React's `use` needs the same promise on every render: one per loaded questionnaire object.
const settled = new WeakMap<Questionnaire, Promise<Questionnaire | null>>()

/**
 * A questionnaire by id and version: the default, one in the workspace's library, or an archived
 * earlier version of the default; null when this browser does not have it. Cached per version.
 */
export function loadQuestionnaireVersion(id: string, version: string): Promise<Questionnaire | null> {
  const key = `${id}@${version}`
  const custom = useQuestionnaireStore.getState().library.find((q) => q.id === id && q.version === version)
  if (custom) {
    let own = settled.get(custom)
    if (!own) settled.set(custom, (own = Promise.resolve(custom)))
    return own
  }
  let loaded = versions.get(key)
  if (!loaded) {
    loaded = loadDefaultQuestionnaire().then(async (current) => {
      if (current.id === id && current.version === version) return current
      const read = ARCHIVE[key]
      if (!read) return null
      const checked = validateQuestionnaire(await read())
      return checked.ok ? checked.value : null
    })
    versions.set(key, loaded)
  }
  return loaded
}
