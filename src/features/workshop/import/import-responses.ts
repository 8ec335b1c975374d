import {
  checkResponseFits,
  decodeShareCode,
  newId,
  parseResponse,
  preRegisteredMatches,
  problemAt,
  resendVerdict,
  type AnswerChange,
  type AssessmentResponse,
  type Questionnaire,
  type Result,
  type ValidationProblem,
  type WorkshopParticipant,
  sentForWorkshop,
  sameQuestionnaire,
} from '../../../domain/index.ts'
import type { ReceivedAnswers } from '../../../store/workshop-store.ts'

/** A file's text or a pasted link, named as the facilitator sees it. */
export interface ImportInput {
  source: string
  kind: 'file' | 'link'
  text: string
}

/** A response that was read and fits the workshop's questionnaire. */
export interface ReadResponse {
  source: string
  kind: 'file' | 'link'
  response: AssessmentResponse
}

export type ImportOutcome =
  | { source: string; status: 'added'; participant: WorkshopParticipant }
  /** Answers for a person registered in advance (by name), put on their row. */
  | { source: string; status: 'matched'; participantId: string; received: ReceivedAnswers }
  /** A newer version re-sent: the facilitator is shown the changes and asked. */
  | {
      source: string
      status: 'changed'
      participantId: string
      changes: AnswerChange[]
      adoptionChanged: boolean
      received: ReceivedAnswers
    }
  /** Several people registered in advance have this name: the facilitator is asked whose it is. */
  | { source: string; status: 'ambiguous'; candidates: string[]; read: ReadResponse }
  /** Sent for another workshop: the facilitator is asked before it is added. */
  | { source: string; status: 'otherWorkshop'; workshopId: string; read: ReadResponse }
  | { source: string; status: 'updated'; participantId: string }
  /** The changes were shown and not taken. */
  | { source: string; status: 'kept'; participantId: string }
  /** The facilitator chose not to add it. */
  | { source: string; status: 'skipped' }
  /** The same answers: `participantId` holds them, or null when they came twice in this batch. */
  | { source: string; status: 'duplicate'; participantId: string | null }
  /** Different answers, but not newer than those `participantId` holds (null: a newer one is in this batch). */
  | { source: string; status: 'older'; participantId: string | null }
  | { source: string; status: 'otherQuestionnaire'; id: string; version: string }
  | { source: string; status: 'refused'; problems: ValidationProblem[] }

export type ImportQuestion = Extract<ImportOutcome, { status: 'changed' | 'ambiguous' | 'otherWorkshop' }>

/** Whether an outcome waits for the facilitator's decision. */
export function isQuestion(outcome: ImportOutcome): outcome is ImportQuestion {
  return outcome.status === 'changed' || outcome.status === 'ambiguous' || outcome.status === 'otherWorkshop'
}

/** The share code in a pasted link (`…#/share/CODE?w=…`) or a bare code. */
export function shareCodeOf(text: string): string | null {
  const trimmed = text.trim()
  const inLink = /#\/share\/([A-Za-z0-9_-]+)/.exec(trimmed)
  if (inLink) return inLink[1]!
  return /^[A-Za-z0-9_-]+$/.test(trimmed) ? trimmed : null
}

/** The workshop id a link names after its code (`#/share/CODE?w=…`), if any. */
export function linkWorkshopId(text: string): string | null {
  const match = /#\/share\/[A-Za-z0-9_-]+\?(?:[^#\s]*&)?w=([^&#\s]+)/.exec(text.trim())
  if (!match) return null
  try {
    const id = decodeURIComponent(match[1]!)
    return id.length > 0 && id.length <= 100 ? id : null
  } catch {
    return null
  }
}

async function readInput(input: ImportInput, questionnaire: Questionnaire): Promise<Result<AssessmentResponse>> {
  if (input.kind === 'file') return parseResponse(input.text)
  const code = shareCodeOf(input.text)
  if (!code) return { ok: false, problems: [problemAt('(link)', { code: 'not_answer_link' })] }
  const decoded = await decodeShareCode(code, questionnaire)
  // Links made before the code carried the workshop name it after the code.
  const workshopId = linkWorkshopId(input.text)
  return decoded.ok && !decoded.value.workshopId && workshopId
    ? { ok: true, value: { ...decoded.value, workshopId } }
    : decoded
}

// Long enough to get work done, short enough that the page still answers a click at once.
const SLICE_MS = 40

/** Lets the browser paint and handle input between slices of work. */
function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0))
}

/** Reads every file and link against the questionnaire: a response, or why it was refused. */
export async function readResponses(
  questionnaire: Questionnaire,
  inputs: readonly ImportInput[],
): Promise<(ReadResponse | ImportOutcome)[]> {
  const reads: (ReadResponse | ImportOutcome)[] = []
  // A staff survey brings hundreds of files at once: read them in slices, not in one long freeze.
  let sliceStart = performance.now()
  for (const input of inputs) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToBrowser()
      sliceStart = performance.now()
    }
    const { source, kind } = input
    const read = await readInput(input, questionnaire)
    if (!read.ok) {
      reads.push({ source, status: 'refused', problems: read.problems })
      continue
    }
    const response = read.value
    const { id, version } = response.questionnaire
    if (!sameQuestionnaire(response.questionnaire, questionnaire)) {
      reads.push({ source, status: 'otherQuestionnaire', id, version })
      continue
    }
    const problems = checkResponseFits(response, questionnaire)
    reads.push(problems.length > 0 ? { source, status: 'refused', problems } : { source, kind, response })
  }
  return reads
}

/** What an imported response puts on a participant who is there already. */
export function receivedFrom({ kind, response }: ReadResponse): ReceivedAnswers {
  return {
    source: kind,
    responseId: response.id,
    responseUpdatedAt: response.updatedAt,
    answers: response.answers,
    ...(response.adoption ? { adoption: response.adoption } : {}),
    ...(response.respondent?.role ? { role: response.respondent.role } : {}),
  }
}

/** A new participant from an imported response. */
export function participantFrom(read: ReadResponse): WorkshopParticipant {
  const { role, ...received } = receivedFrom(read)
  const name = read.response.respondent?.name
  return { id: newId('p'), ...(name ? { name } : {}), ...(role ? { role } : {}), ...received }
}

function isRead(item: ReadResponse | ImportOutcome): item is ReadResponse {
  return 'response' in item
}

/**
 * Decides for each read response what it means for the workshop; nothing is changed here.
 * A response id the workshop holds is a re-send (newer: asked, same: duplicate, older: refused);
 * one sent for another workshop is asked about (unless `otherWorkshopAllowed`); one whose
 * respondent was registered in advance under that name goes on that row (asked when several are).
 * Of one response id given twice in a batch, the newest counts.
 */
export function classifyResponses(
  questionnaire: Questionnaire,
  workshopId: string,
  existing: readonly WorkshopParticipant[],
  items: readonly (ReadResponse | ImportOutcome)[],
  { otherWorkshopAllowed = false }: { otherWorkshopAllowed?: boolean } = {},
): ImportOutcome[] {
  const questionIds = questionnaire.questions.map((q) => q.id)
  const holders = new Map(existing.flatMap((p) => (p.responseId ? [[p.responseId, p] as const] : [])))
  const newest = new Map<string, ReadResponse>()
  for (const item of items)
    if (isRead(item)) {
      const seen = newest.get(item.response.id)
      if (!seen || Date.parse(item.response.updatedAt) > Date.parse(seen.response.updatedAt))
        newest.set(item.response.id, item)
    }
  const taken = new Set<string>()
  return items.map((item): ImportOutcome => {
    if (!isRead(item)) return item
    const { source, response } = item
    const best = newest.get(response.id)!
    const holder = holders.get(response.id)
    // Measured against what the workshop holds first, then against a newer one in this batch.
    const resend = holder ? resendVerdict(holder, response, questionIds) : null
    if (holder && resend?.verdict === 'unchanged') return { source, status: 'duplicate', participantId: holder.id }
    if (holder && resend?.verdict === 'older') return { source, status: 'older', participantId: holder.id }
    if (best !== item) {
      const same = resendVerdict(best.response, response, questionIds).verdict === 'unchanged'
      return { source, status: same ? 'duplicate' : 'older', participantId: null }
    }
    if (holder && resend?.verdict === 'newer')
      return {
        source,
        status: 'changed',
        participantId: holder.id,
        changes: resend.changes,
        adoptionChanged: resend.adoptionChanged,
        received: receivedFrom(item),
      }
    if (!otherWorkshopAllowed && response.workshopId && !sentForWorkshop(response.workshopId, workshopId))
      return { source, status: 'otherWorkshop', workshopId: response.workshopId, read: item }
    const matches = preRegisteredMatches(existing, response.respondent?.name, taken)
    if (matches.length > 1) return { source, status: 'ambiguous', candidates: matches.map((p) => p.id), read: item }
    if (matches.length === 1) {
      taken.add(matches[0]!.id)
      return { source, status: 'matched', participantId: matches[0]!.id, received: receivedFrom(item) }
    }
    return { source, status: 'added', participant: participantFrom(item) }
  })
}

/** Reads and classifies in one go (see `readResponses` and `classifyResponses`). */
export async function importResponses(
  questionnaire: Questionnaire,
  workshopId: string,
  existing: readonly WorkshopParticipant[],
  inputs: readonly ImportInput[],
): Promise<ImportOutcome[]> {
  return classifyResponses(questionnaire, workshopId, existing, await readResponses(questionnaire, inputs))
}
