import { useState } from 'react'
import type { Choice, Workshop, WorkshopParticipant } from '../../../domain/index.ts'
import { useT } from '../../../i18n/use-t.ts'
import { useWorkshopStore } from '../../../store/workshop-store.ts'
import { participantLabel } from '../../../i18n/team-labels.ts'
import { liveMessages } from './live-messages.ts'
import { useLiveUndo } from './live-mode-undo.ts'
import { workshopMessages } from '../messages.ts'

/** Answers a participant sent in (file, link) are theirs: live mode does not change them unless unlocked. */
export function isImported(participant: WorkshopParticipant): boolean {
  return participant.source !== 'live'
}

/**
 * What live mode writes, row by row (the last row is the room's consensus): imported rows refuse
 * entries until unlocked, every entry can be undone, and `notice` says what happened.
 */
export function useLiveEntries(workshop: Workshop, questionId: string, index: number, go: (index: number) => void) {
  const t = useT(liveMessages)
  const w = useT(workshopMessages)
  const { setChoice, setConsensus } = useWorkshopStore.getState()
  const participants = workshop.participants
  const consensusRow = participants.length
  const consensus = workshop.consensus[questionId]
  const [unlocked, setUnlocked] = useState<ReadonlySet<string>>(new Set())
  const [notice, setNotice] = useState('')
  const label = (row: number) => participantLabel(w, participants[row]!, row, true)

  const locked = (row: number) => {
    const participant = participants[row]
    return participant !== undefined && isImported(participant) && !unlocked.has(participant.id)
  }
  const toggle = (participantId: string) =>
    setUnlocked((ids) => {
      const next = new Set(ids)
      if (!next.delete(participantId)) next.add(participantId)
      return next
    })
  const { last, record, undo } = useLiveUndo((edit) => {
    if (edit.participantId === null)
      setConsensus(workshop.id, edit.questionId, typeof edit.before === 'number' ? edit.before : undefined)
    else setChoice(workshop.id, edit.participantId, edit.questionId, edit.before)
    if (edit.questionIndex !== index) go(edit.questionIndex)
    const row = participants.findIndex((p) => p.id === edit.participantId)
    setNotice(t.undone(row < 0 ? t.consensus : label(row), edit.questionIndex + 1))
  })

  /** Says why a protected row did not change. */
  const refuse = (row: number) => setNotice(t.locked(label(row), w.participants.sources[participants[row]!.source]!))

  const choose = (row: number, choice: Choice | undefined) => {
    if (row === consensusRow) {
      const level = typeof choice === 'number' ? choice : undefined
      if (level === consensus) return
      setConsensus(workshop.id, questionId, level)
      record({ participantId: null, questionId, questionIndex: index, before: consensus })
      return
    }
    if (locked(row)) return refuse(row)
    const participant = participants[row]!
    const before = participant.answers[questionId]?.choice
    if (choice === before) return
    setChoice(workshop.id, participant.id, questionId, choice)
    record({ participantId: participant.id, questionId, questionIndex: index, before })
    setNotice('')
  }

  /** After an entry, the next person's row: rows sent in are passed by (the consensus row is always there). */
  const nextEditable = (row: number) => {
    let next = row + 1
    while (next < consensusRow && locked(next)) next += 1
    return Math.min(next, consensusRow)
  }

  return { locked, unlocked, toggle, refuse, choose, nextEditable, notice, canUndo: last !== undefined, undo }
}
