import { useEffect, useState } from 'react'
import { questionnaireKey, type Questionnaire } from '../../domain/index.ts'
import { loadQuestionnaireVersion } from '../../store/questionnaire-versions.ts'
import { useQuestionnaireStore } from '../../store/questionnaire-store.ts'

export interface QuestionnaireRef {
  id: string
  version: string
}

function resolve({ id, version }: QuestionnaireRef): Promise<Questionnaire | null> {
  const chosen = useQuestionnaireStore.getState().custom
  if (chosen && chosen.id === id && chosen.version === version) return Promise.resolve(chosen)
  return loadQuestionnaireVersion(id, version)
}

/**
 * The questionnaire of each version the given assessments answer, by `id@version`: null where this
 * browser does not have it (then there is no score), missing while it loads.
 */
export function useQuestionnaires(refs: readonly QuestionnaireRef[]): ReadonlyMap<string, Questionnaire | null> {
  const keys = [...new Set(refs.map((ref) => questionnaireKey(ref.id, ref.version)))].sort().join(' ')
  const library = useQuestionnaireStore((s) => s.library)
  const [loaded, setLoaded] = useState<ReadonlyMap<string, Questionnaire | null>>(new Map())
  useEffect(() => {
    if (!keys) return
    let current = true
    const wanted = keys.split(' ').map((key) => {
      const at = key.lastIndexOf('@')
      return { key, ref: { id: key.slice(0, at), version: key.slice(at + 1) } }
    })
    void Promise.all(wanted.map(async ({ key, ref }) => [key, await resolve(ref).catch(() => null)] as const)).then(
      (entries) => current && setLoaded(new Map(entries)),
    )
    return () => {
      current = false
    }
  }, [keys, library])
  return loaded
}
