// The PDF's two inputs around the sample company and workshop, for the PDF tests and scripts/sample-pdfs.tsx.
import type { Participant, Questionnaire } from '../../src/domain/index.ts'
import type { SoloPdfInput, TeamPdfInput } from '../../src/features/pdf/model.ts'
import { completeResponse, fixtureWorkshop, teamParticipants } from './sample.ts'

/** The complete sample assessment as a German one-person PDF; `extra` replaces any part. */
export function soloPdfInput(questionnaire: Questionnaire, extra: Partial<SoloPdfInput> = {}): SoloPdfInput {
  return { kind: 'solo', questionnaire, locale: 'de', response: completeResponse(questionnaire), ...extra }
}

/** The sample workshop as a German team PDF, with `participants` (default: six of the sample team). */
export function teamPdfInput(
  questionnaire: Questionnaire,
  participants: readonly Participant[] = teamParticipants(questionnaire, 6),
  extra: Partial<TeamPdfInput> = {},
): TeamPdfInput {
  return { kind: 'team', questionnaire, locale: 'de', workshop: fixtureWorkshop, participants, ...extra }
}
