// Test support: the questionnaires shipped in questionnaires/, parsed and checked like the app does.
import { readFileSync } from 'node:fs'
import { parseQuestionnaire, type Questionnaire } from '../src/domain/index.ts'

/** A questionnaire file under questionnaires/ (e.g. `groundwork.json`, `archive/groundwork-1.0.json`). */
export function loadQuestionnaireFile(path: string): Questionnaire {
  const parsed = parseQuestionnaire(readFileSync(new URL(`../questionnaires/${path}`, import.meta.url), 'utf8'))
  if (!parsed.ok)
    throw new Error(`questionnaires/${path} is invalid: ${parsed.problems[0]?.path}: ${parsed.problems[0]?.message}`)
  return parsed.value
}
