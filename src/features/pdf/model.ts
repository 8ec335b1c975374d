import {
  type AdoptionAnswers,
  aggregateTeam,
  compareRoles,
  contrastOnWhite,
  localize,
  rolesOf,
  scoreResponse,
  type Answers,
  type AssessmentResponse,
  type Branding,
  type Company,
  type Dimension,
  type Locale,
  type LocalizedText,
  type Participant,
  type Question,
  type Questionnaire,
  type RoleGap,
  type ScoreReport,
  type Targets,
  type TeamReport,
  type WorkshopDecision,
} from '../../domain/index.ts'
import { createFormat, type Format } from '../../i18n/format.ts'
import { pdfMessages, type PdfMessages } from './messages.ts'

interface PdfBase {
  questionnaire: Questionnaire
  locale: Locale
  branding?: Branding | undefined
}

/** One person's assessment. */
export interface SoloPdfInput extends PdfBase {
  kind: 'solo'
  response: AssessmentResponse
}

/** What the team PDF needs of a workshop (the workshop file has more). */
export interface PdfWorkshop {
  title: string
  date: string
  organisation?: string | undefined
  facilitator?: string | undefined
  company?: Company | undefined
  /** What the room decided per discussion topic, by question id, with its actions. */
  decisions?: Record<string, WorkshopDecision> | undefined
}

/** A participant as the workshop file has it (optional fields may be present but undefined). */
export interface PdfParticipant {
  id: string
  name?: string | undefined
  role?: string | undefined
  answers: Answers
  adoption?: AdoptionAnswers | undefined
}

/** A workshop's many answers; names appear only when the facilitator chooses `showNames`. */
export interface TeamPdfInput extends PdfBase {
  kind: 'team'
  workshop: PdfWorkshop
  participants: readonly PdfParticipant[]
  targets?: Targets | undefined
  showNames?: boolean | undefined
}

export type PdfInput = SoloPdfInput | TeamPdfInput

export interface TeamModel {
  report: TeamReport
  participants: readonly Participant[]
  /** How each participant is named in the document: "Person 3" unless names are shown. */
  labels: string[]
  roles: string[]
  roleGaps: RoleGap[] | null
}

export interface PdfNote {
  who: string | null
  text: string
}

/** Everything the document's parts read, computed once. */
export interface PdfModel {
  input: PdfInput
  questionnaire: Questionnaire
  locale: Locale
  t: PdfMessages
  format: Format
  report: ScoreReport
  team: TeamModel | null
  /** Foundation first (business model leading), then tools; within a layer by `order`. */
  dimensions: Dimension[]
  company: string | null
  /** What the company page adds to the name: "Branche: Bau · 10 bis 49 Beschäftigte", or null. */
  companyFacts: string | null
  answeredBy: string[]
  date: Date
  branding: Branding
  /** The accent for rules and marks; `accentText` is dark enough for text on white. */
  accent: string
  accentText: string
  text: (value: LocalizedText) => string
  dimensionTitle: (id: string) => string
  question: (id: string) => Question
  notes: (questionId: string) => PdfNote[]
  roleName: (role: string | undefined) => string
}

export const DEFAULT_ACCENT = '#1d5c63'
const INK = '#1f2933'

function foundationFirst(questionnaire: Questionnaire): Dimension[] {
  const rank = (d: Dimension) =>
    d.layer === 'tools' ? 2 : d.id === questionnaire.scoring.businessModelDimension ? 0 : 1
  return [...questionnaire.dimensions].sort((a, b) => rank(a) - rank(b) || a.order - b.order)
}

function teamModel(input: TeamPdfInput, t: PdfMessages): TeamModel {
  const { questionnaire } = input
  const participants = input.participants.map(({ id, name, role, answers, adoption }): Participant => ({
    id,
    answers,
    ...(adoption ? { adoption } : {}),
    ...(name ? { name } : {}),
    ...(role ? { role } : {}),
  }))
  const roles = rolesOf(participants)
  const [first, second] = roles
  return {
    report: aggregateTeam(questionnaire, participants, input.targets),
    participants,
    labels: participants.map((p, i) => (input.showNames && p.name ? p.name : t.team.anonymous(i + 1))),
    roles,
    roleGaps: first && second ? compareRoles(questionnaire, participants, first, second) : null,
  }
}

/** The cover's lines on who answered: the person (name, role) or the workshop (title, count, facilitator). */
function answeredBy(input: PdfInput, t: PdfMessages): string[] {
  if (input.kind === 'solo') {
    const { respondent, company } = input.response
    // The company page asks for the role of whoever answers; a response file may carry its own.
    const role = respondent?.role?.trim() || company?.role?.trim()
    const name = respondent?.name?.trim()
    if (name) return [t.cover.soloBy([name, role].filter(Boolean).join(', '))]
    return [role ? `${t.cover.soloAnonymous} · ${t.cover.role(role)}` : t.cover.soloAnonymous]
  }
  const lines = [`${t.cover.workshop(input.workshop.title)} · ${t.cover.participants(input.participants.length)}`]
  if (input.workshop.facilitator) lines.push(t.cover.facilitator(input.workshop.facilitator))
  return lines
}

/** Builds the model from plain data: the same in the browser, in Node tests and in the bench. */
export function buildPdfModel(input: PdfInput): PdfModel {
  const { questionnaire, locale } = input
  const t = pdfMessages[locale]
  const text = (value: LocalizedText) => localize(value, locale)
  const titles = new Map(questionnaire.dimensions.map((d) => [d.id, d.title]))
  const questions = new Map(questionnaire.questions.map((q) => [q.id, q]))
  const team = input.kind === 'team' ? teamModel(input, t) : null
  const report = input.kind === 'solo' ? scoreResponse(questionnaire, input.response) : team!.report.team
  const branding = input.branding ?? {}
  const accent = branding.accent ?? DEFAULT_ACCENT
  const notes = (questionId: string): PdfNote[] => {
    if (input.kind === 'solo') {
      const note = input.response.answers[questionId]?.note?.trim()
      return note ? [{ who: null, text: note }] : []
    }
    return input.participants.flatMap((p, i) => {
      const note = p.answers[questionId]?.note?.trim()
      return note ? [{ who: team!.labels[i]!, text: note }] : []
    })
  }
  const details = input.kind === 'solo' ? input.response.company : input.workshop.company
  const company = input.kind === 'solo' ? details?.name : (details?.name ?? input.workshop.organisation)
  const industry = details?.industry?.trim()
  const size = details?.size?.trim()
  const facts = [industry && t.cover.industry(industry), size && (t.cover.sizes[size] ?? size)].filter(Boolean)
  return {
    input,
    questionnaire,
    locale,
    t,
    format: createFormat(locale),
    report,
    team,
    dimensions: foundationFirst(questionnaire),
    company: company?.trim() || null,
    companyFacts: facts.length > 0 ? facts.join(' · ') : null,
    answeredBy: answeredBy(input, t),
    date: new Date(input.kind === 'solo' ? input.response.updatedAt : `${input.workshop.date}T12:00:00`),
    branding,
    accent,
    accentText: contrastOnWhite(accent) >= 4.5 ? accent : INK,
    text,
    dimensionTitle: (id) => {
      const title = titles.get(id)
      return title ? text(title) : id
    },
    question: (id) => questions.get(id)!,
    notes,
    roleName: (role) => (role ? (t.roles[role] ?? role) : t.team.noRole),
  }
}
