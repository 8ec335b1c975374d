import { create } from 'zustand'
import {
  DEFAULT_ROLES,
  newId,
  type AdoptionAnswers,
  type Answers,
  WORKSHOP_FORMAT,
  WORKSHOP_FORMAT_VERSION,
  type Choice,
  type Questionnaire,
  type Workshop,
  type WorkshopDecision,
  type WorkshopParticipant,
} from '../domain/index.ts'

/** What the facilitator types in the workshop form. */
export interface WorkshopDetails {
  title: string
  organisation?: string | undefined
  date: string
  facilitator?: string | undefined
  roles: string[]
}

export type ParticipantChanges = { name?: string; role?: string }

/** What an imported response gives a participant who is already in the workshop. */
export interface ReceivedAnswers {
  source: 'file' | 'link'
  responseId: string
  responseUpdatedAt: string
  answers: Answers
  adoption?: AdoptionAnswers | undefined
  /** Taken only when the participant has no role yet: the facilitator's choice stands. */
  role?: string | undefined
}

interface WorkshopState {
  /** Newest first. */
  workshops: Workshop[]
  create: (details: WorkshopDetails, questionnaire: Questionnaire) => Workshop
  update: (id: string, details: WorkshopDetails) => void
  remove: (id: string) => void
  /** Adds a validated workshop file; one whose id is taken comes in as a copy with a new id. */
  importWorkshop: (workshop: Workshop) => Workshop
  addParticipant: (workshopId: string, changes: ParticipantChanges) => string
  updateParticipant: (workshopId: string, participantId: string, changes: ParticipantChanges) => void
  removeParticipant: (workshopId: string, participantId: string) => void
  /** Adds imported participants as they are (duplicates are sorted out before). */
  addParticipants: (workshopId: string, participants: WorkshopParticipant[]) => void
  /**
   * Puts an imported response's answers on a participant who is there already: a newer version
   * re-sent, or a person registered in advance. Name and id stay; answers and inventory are replaced.
   */
  receiveAnswers: (workshopId: string, participantId: string, received: ReceivedAnswers) => void
  /** Live mode: one participant's answer to one question; undefined clears it. */
  setChoice: (workshopId: string, participantId: string, questionId: string, choice: Choice | undefined) => void
  /** Live mode: the level the room agreed on; undefined clears it. */
  setConsensus: (workshopId: string, questionId: string, level: number | undefined) => void
  /** What the room decided on a topic and its actions, as typed; an empty one is removed. */
  setDecision: (workshopId: string, questionId: string, decision: WorkshopDecision) => void
}

function withoutEmpty<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as T
}

export function emptyDetails(today: Date = new Date()): WorkshopDetails {
  return { title: '', date: today.toISOString().slice(0, 10), roles: [...DEFAULT_ROLES] }
}

export const useWorkshopStore = create<WorkshopState>()((set) => {
  const change = (id: string, edit: (workshop: Workshop) => Partial<Workshop>) =>
    set((state) => ({
      workshops: state.workshops.map((w) =>
        w.id === id ? { ...w, ...edit(w), updatedAt: new Date().toISOString() } : w,
      ),
    }))
  const changeParticipant = (
    workshopId: string,
    participantId: string,
    edit: (p: WorkshopParticipant) => WorkshopParticipant,
  ) =>
    change(workshopId, (w) => ({
      participants: w.participants.map((p) => (p.id === participantId ? edit(p) : p)),
    }))
  return {
    workshops: [],
    create: (details, questionnaire) => {
      const now = new Date().toISOString()
      const workshop: Workshop = {
        format: WORKSHOP_FORMAT,
        formatVersion: WORKSHOP_FORMAT_VERSION,
        id: newId('w'),
        ...withoutEmpty(details),
        questionnaire: { id: questionnaire.id, version: questionnaire.version },
        participants: [],
        consensus: {},
        createdAt: now,
        updatedAt: now,
      }
      set((state) => ({ workshops: [workshop, ...state.workshops] }))
      return workshop
    },
    update: (id, details) =>
      set((state) => ({
        workshops: state.workshops.map((w) => {
          if (w.id !== id) return w
          const { organisation: _o, facilitator: _f, ...rest } = w
          return { ...rest, ...withoutEmpty(details), updatedAt: new Date().toISOString() }
        }),
      })),
    remove: (id) => set((state) => ({ workshops: state.workshops.filter((w) => w.id !== id) })),
    importWorkshop: (workshop) => {
      let added = workshop
      set((state) => {
        if (state.workshops.some((w) => w.id === workshop.id)) added = { ...workshop, id: newId('w') }
        return { workshops: [added, ...state.workshops] }
      })
      return added
    },
    addParticipant: (workshopId, changes) => {
      const id = newId('p')
      change(workshopId, (w) => ({
        participants: [...w.participants, { id, ...withoutEmpty(changes), source: 'live', answers: {} }],
      }))
      return id
    },
    updateParticipant: (workshopId, participantId, changes) =>
      changeParticipant(workshopId, participantId, (p) => {
        const { name: _n, role: _r, ...rest } = p
        return { ...rest, ...withoutEmpty({ name: p.name, role: p.role, ...changes }) }
      }),
    removeParticipant: (workshopId, participantId) =>
      change(workshopId, (w) => ({ participants: w.participants.filter((p) => p.id !== participantId) })),
    addParticipants: (workshopId, participants) =>
      change(workshopId, (w) => ({ participants: [...w.participants, ...participants] })),
    receiveAnswers: (workshopId, participantId, { role, adoption, ...received }) =>
      changeParticipant(workshopId, participantId, (p) => {
        const { adoption: _previous, ...rest } = p
        return { ...rest, ...received, ...(adoption ? { adoption } : {}), ...(!p.role && role ? { role } : {}) }
      }),
    setChoice: (workshopId, participantId, questionId, choice) =>
      changeParticipant(workshopId, participantId, (p) => {
        const { choice: _previous, ...rest } = p.answers[questionId] ?? {}
        return { ...p, answers: { ...p.answers, [questionId]: choice === undefined ? rest : { ...rest, choice } } }
      }),
    setConsensus: (workshopId, questionId, level) =>
      change(workshopId, (w) => {
        const { [questionId]: _previous, ...rest } = w.consensus
        return { consensus: level === undefined ? rest : { ...rest, [questionId]: level } }
      }),
    setDecision: (workshopId, questionId, { decision, actions }) =>
      change(workshopId, (w) => {
        const { [questionId]: _previous, ...rest } = w.decisions ?? {}
        const kept = {
          ...withoutEmpty({ decision }),
          actions: actions.map((a) => ({ ...withoutEmpty(a), text: a.text })),
        }
        return { decisions: decision || actions.length > 0 ? { ...rest, [questionId]: kept } : rest }
      }),
  }
})

/** One workshop by id, or undefined. */
export function useWorkshop(id: string | undefined): Workshop | undefined {
  return useWorkshopStore((s) => s.workshops.find((w) => w.id === id))
}
