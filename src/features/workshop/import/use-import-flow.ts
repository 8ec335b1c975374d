import { useRef, useState } from 'react'
import type { Questionnaire } from '../../../domain/index.ts'
import { useWorkshopStore } from '../../../store/workshop-store.ts'
import {
  classifyResponses,
  isQuestion,
  participantFrom,
  readResponses,
  receivedFrom,
  type ImportInput,
  type ImportOutcome,
  type ImportQuestion,
} from './import-responses.ts'

/** One outcome as the facilitator sees it, in the workshop it went to. */
export interface ImportLine {
  key: number
  workshopId: string
  outcome: ImportOutcome
}

export type QuestionLine = ImportLine & { outcome: ImportQuestion }

/** The facilitator's answer to a question: take it (for a name: onto this row, or null for a new row), or not. */
export type Decision = { accept: false } | { accept: true; participantId?: string | null }

function participantsOf(workshopId: string) {
  return useWorkshopStore.getState().workshops.find((w) => w.id === workshopId)?.participants ?? []
}

/** Carries out an outcome that needs no question; returns it unchanged. */
function apply(workshopId: string, outcome: ImportOutcome): ImportOutcome {
  const store = useWorkshopStore.getState()
  if (outcome.status === 'added') store.addParticipants(workshopId, [outcome.participant])
  if (outcome.status === 'matched') store.receiveAnswers(workshopId, outcome.participantId, outcome.received)
  return outcome
}

/** The outcomes a decision leads to; what they add or change is done. */
function decide({ workshopId, outcome }: QuestionLine, decision: Decision, questionnaire: Questionnaire) {
  const { source } = outcome
  if (!decision.accept)
    return outcome.status === 'changed'
      ? [{ source, status: 'kept' as const, participantId: outcome.participantId }]
      : [{ source, status: 'skipped' as const }]
  switch (outcome.status) {
    case 'changed':
      useWorkshopStore.getState().receiveAnswers(workshopId, outcome.participantId, outcome.received)
      return [{ source, status: 'updated' as const, participantId: outcome.participantId }]
    case 'ambiguous':
      return [
        decision.participantId
          ? {
              source,
              status: 'matched' as const,
              participantId: decision.participantId,
              received: receivedFrom(outcome.read),
            }
          : { source, status: 'added' as const, participant: participantFrom(outcome.read) },
      ]
    case 'otherWorkshop':
      // Accepted for this workshop: from here on it is read like any other answer (a re-send, a name).
      return classifyResponses(questionnaire, workshopId, participantsOf(workshopId), [outcome.read], {
        otherWorkshopAllowed: true,
      })
  }
}

/**
 * Imports answer files and links into a workshop: what needs no question is added at once (in
 * the order given: one import at a time), what does (changes, a name several people share,
 * another workshop) waits in `questions` for `answer`, one after the other.
 */
export function useImportFlow(questionnaire: Questionnaire) {
  const [lines, setLines] = useState<ImportLine[] | null>(null)
  const [questions, setQuestions] = useState<QuestionLine[]>([])
  const [busy, setBusy] = useState(false)
  const nextKey = useRef(0)
  // A double click must not answer the same question twice (and add the same person twice).
  const answered = useRef(new Set<number>())
  // One import at a time: codes scanned in quick succession must each see who the one before added.
  const queue = useRef(Promise.resolve())

  const toLines = (workshopId: string, outcomes: ImportOutcome[]): ImportLine[] =>
    outcomes.map((outcome) => ({ key: nextKey.current++, workshopId, outcome: apply(workshopId, outcome) }))
  const asked = (list: ImportLine[]) => list.filter((line): line is QuestionLine => isQuestion(line.outcome))

  const importNow = async (workshopId: string, inputs: ImportInput[]) => {
    if (inputs.length === 0) return
    setBusy(true)
    const reads = await readResponses(questionnaire, inputs)
    // Read the participants at the moment of import: earlier imports are never lost.
    const added = toLines(workshopId, classifyResponses(questionnaire, workshopId, participantsOf(workshopId), reads))
    setLines(added)
    setQuestions((waiting) => [...waiting, ...asked(added)])
    setBusy(false)
  }

  const run = (workshopId: string, inputs: ImportInput[]) => {
    const next = queue.current.then(() => importNow(workshopId, inputs))
    queue.current = next.catch(() => undefined)
    return next
  }

  const answer = (decision: Decision) => {
    const question = questions[0]
    if (!question || answered.current.has(question.key)) return
    answered.current.add(question.key)
    const outcomes = decide(question, decision, questionnaire)
    const resolved = toLines(question.workshopId, outcomes)
    // A question answered may raise the next one (another workshop's answers, then a shared name): asked at once.
    setQuestions((waiting) => [...asked(resolved), ...waiting.filter((q) => q.key !== question.key)])
    setLines((shown) => {
      const list = shown ?? []
      const at = list.findIndex((line) => line.key === question.key)
      return at < 0 ? [...list, ...resolved] : [...list.slice(0, at), ...resolved, ...list.slice(at + 1)]
    })
  }

  return { lines, questions, busy, run, answer }
}
