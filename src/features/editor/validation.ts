import { validateQuestionnaire, type Questionnaire, type ValidationProblem } from '../../domain/index.ts'

export type DraftCheck =
  | { ok: true; value: Questionnaire; byPath: ReadonlyMap<string, ValidationProblem[]>; problems: [] }
  | { ok: false; byPath: ReadonlyMap<string, ValidationProblem[]>; problems: ValidationProblem[] }

/**
 * The draft checked by the very schema every questionnaire file passes (the library, the CLI), its
 * problems keyed by path (`questions[3].levels[2].de`) so each field finds its own.
 */
export function checkDraft(draft: Questionnaire): DraftCheck {
  const checked = validateQuestionnaire(draft)
  if (checked.ok) return { ok: true, value: checked.value, byPath: new Map(), problems: [] }
  const byPath = new Map<string, ValidationProblem[]>()
  for (const problem of checked.problems) byPath.set(problem.path, [...(byPath.get(problem.path) ?? []), problem])
  return { ok: false, byPath, problems: checked.problems }
}

/** How many problems lie at or under a path (`questions[3]` counts its levels' too): marks items in the list. */
export function problemsUnder(check: DraftCheck, prefix: string): number {
  let count = 0
  for (const [path, messages] of check.byPath)
    if (path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`)) count += messages.length
  return count
}
