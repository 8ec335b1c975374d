import { useEffect, useMemo, useState } from 'react'
import type { Questionnaire } from '../../domain/index.ts'
import { loadDefaultQuestionnaire, useQuestionnaireStore } from '../../store/questionnaire-store.ts'

/** Every questionnaire version this browser knows: the library and the built-in default. */
export function useKnownQuestionnaires(): Questionnaire[] {
  const library = useQuestionnaireStore((s) => s.library)
  const [builtIn, setBuiltIn] = useState<Questionnaire | null>(null)
  useEffect(() => {
    let live = true
    void loadDefaultQuestionnaire().then((q) => live && setBuiltIn(q))
    return () => {
      live = false
    }
  }, [])
  return useMemo(() => (builtIn ? [...library, builtIn] : library), [library, builtIn])
}
