import {
  checkResponseFits,
  decodeShareCode,
  parseResponse,
  type AssessmentResponse,
  type Questionnaire,
  type Result,
  type ValidationProblem,
  type WorkshopParticipant,
} from '../../domain/index.ts'
import { newId } from '../../store/workshop-store.ts'

/** A file's text or a pasted link, named as the facilitator sees it. */
export interface ImportInput {
  source: string
  kind: 'file' | 'link'
  text: string
}

export type ImportOutcome =
  | { source: string; status: 'added'; participant: WorkshopParticipant }
  /** `existing` is the index of the participant who already holds these answers, or null within this batch. */
  | { source: string; status: 'duplicate'; existing: number | null }
  | { source: string; status: 'otherQuestionnaire'; id: string; version: string }
  | { source: string; status: 'refused'; problems: ValidationProblem[] }

/** The share code in a pasted link (`…#/share/CODE?w=…`) or a bare code. */
export function shareCodeOf(text: string): string | null {
  const trimmed = text.trim()
  const inLink = /#\/share\/([A-Za-z0-9_-]+)/.exec(trimmed)
  if (inLink) return inLink[1]!
  return /^[A-Za-z0-9_-]+$/.test(trimmed) ? trimmed : null
}

async function readInput(input: ImportInput, questionnaire: Questionnaire): Promise<Result<AssessmentResponse>> {
  if (input.kind === 'link') {
    const code = shareCodeOf(input.text)
    if (!code) return { ok: false, problems: [{ path: '(link)', message: 'this is not a Groundwork answer link' }] }
    return decodeShareCode(code, questionnaire)
  }
  return parseResponse(input.text)
}

// Long enough to get work done, short enough that the page still answers a click at once.
const SLICE_MS = 40

/** Lets the browser paint and handle input between slices of work. */
function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0))
}

/**
 * Reads every file and link against the workshop's questionnaire. Nothing is changed here: the
 * outcomes say what to add (new participants), what was already there and what was refused, and why.
 */
export async function importResponses(
  questionnaire: Questionnaire,
  existing: readonly WorkshopParticipant[],
  inputs: readonly ImportInput[],
): Promise<ImportOutcome[]> {
  const known = new Map(existing.flatMap((p, i) => (p.responseId ? [[p.responseId, i] as const] : [])))
  const inBatch = new Set<string>()
  const outcomes: ImportOutcome[] = []
  // A staff survey brings hundreds of files at once: read them in slices, not in one long freeze.
  let sliceStart = performance.now()
  for (const input of inputs) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToBrowser()
      sliceStart = performance.now()
    }
    const { source } = input
    const read = await readInput(input, questionnaire)
    if (!read.ok) {
      outcomes.push({ source, status: 'refused', problems: read.problems })
      continue
    }
    const response = read.value
    const { id, version } = response.questionnaire
    if (id !== questionnaire.id || version !== questionnaire.version) {
      outcomes.push({ source, status: 'otherQuestionnaire', id, version })
      continue
    }
    const problems = checkResponseFits(response, questionnaire)
    if (problems.length > 0) {
      outcomes.push({ source, status: 'refused', problems })
      continue
    }
    if (known.has(response.id) || inBatch.has(response.id)) {
      outcomes.push({ source, status: 'duplicate', existing: known.get(response.id) ?? null })
      continue
    }
    inBatch.add(response.id)
    const { name, role } = response.respondent ?? {}
    outcomes.push({
      source,
      status: 'added',
      participant: {
        id: newId('p'),
        ...(name ? { name } : {}),
        ...(role ? { role } : {}),
        source: input.kind,
        responseId: response.id,
        answers: response.answers,
        ...(response.adoption ? { adoption: response.adoption } : {}),
      },
    })
  }
  return outcomes
}
