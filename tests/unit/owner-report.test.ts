import { describe, expect, it } from 'vitest'
import { scoreResponse, type AdoptionAnswers, type AssessmentResponse, type Choice } from '../../src/domain/index.ts'
import { loadQuestionnaireFile } from '../builders/questionnaire.ts'
import { answeredResponse } from '../builders/response.ts'
import { tellFindings } from '../../src/i18n/findings.ts'

const questionnaire = loadQuestionnaireFile('groundwork.json')

/** Every question at one level, with some answers set apart. */
function response(
  level: Choice,
  overrides: Record<string, Choice> = {},
  extra: Partial<AssessmentResponse> = {},
): AssessmentResponse {
  return answeredResponse(questionnaire, level, overrides, { id: 'owner', ...extra })
}

const toolFirst: AdoptionAnswers = Object.fromEntries(
  questionnaire.adoption!.items.map((item, i) => [item.id, { choice: i < 7 ? 'fewUse' : 'notIntroduced' }]),
)

describe('a heating-and-plumbing owner: foundation mostly level 1, backup untested, knowledge in two heads', () => {
  const owner = response(1, { 'bm-value-statement': 2, 'cu-service-promise': 2 })
  const report = scoreResponse(questionnaire, owner)
  const top = report.actionPlan.slice(0, questionnaire.scoring.actionPlanSize)

  it('puts a risk that does not wait in the top five, beside the business model', () => {
    expect(top.some((step) => step.risk)).toBe(true)
    // Urgency 3 and an hour's work first, then the business model, then the rest of the foundation,
    // then the untested backup.
    expect(top[0]!.questionId).toBe('te-security-updates')
    expect(top[1]!.dimensionId).toBe('business-model')
    expect(top[2]!.layer).toBe('foundation')
    expect(top[3]!.questionId).toBe('te-backup-restore')
    expect(top[4]!.dimensionId).toBe('business-model')
  })

  it('names the risks in a finding, most urgent first', () => {
    const risks = report.findings.find((f) => f.kind === 'risksThatDoNotWait')
    expect(risks).toMatchObject({ kind: 'risksThatDoNotWait' })
    const ids = risks!.kind === 'risksThatDoNotWait' ? risks!.questionIds : []
    expect(ids).toEqual(expect.arrayContaining(['te-backup-restore', 'st-shared-knowledge', 'te-access-control']))
    const urgency = (id: string) => questionnaire.questions.find((q) => q.id === id)!.risk!.urgency
    for (let i = 1; i < ids.length; i++) expect(urgency(ids[i - 1]!)).toBeGreaterThanOrEqual(urgency(ids[i]!))
  })

  it('aims one level up where no target is set, not at the maximum', () => {
    const staff = report.dimensions.find((d) => d.dimensionId === 'staff')!
    expect(staff.score).toBe(25)
    expect(staff).toMatchObject({ target: 40, targetSet: false })
  })
})

describe('findings never contradict the plan they sit above', () => {
  it('says the plan starts with the business model only while it does', () => {
    const withoutTargets = scoreResponse(questionnaire, response(1, {}, { adoption: toolFirst }))
    const text = (r: typeof withoutTargets) =>
      tellFindings(r, questionnaire, 'de', 'you')
        .find((f) => f.key === 'adoptionAheadOfFoundation')!
        .paragraphs.join(' ')
    expect(withoutTargets.actionPlan.find((s) => !s.risk)?.dimensionId).toBe('business-model')
    expect(text(withoutTargets)).toContain('Der Plan beginnt beim Geschäftsmodell.')

    // The owner decides the business model is where it needs to be for now: the plan no longer starts there.
    const targets = { 'business-model': questionnaire.maturityLevels[1]!.id }
    const withTargets = scoreResponse(questionnaire, response(1, {}, { adoption: toolFirst, targets }))
    expect(withTargets.actionPlan.some((s) => s.dimensionId === 'business-model')).toBe(false)
    expect(text(withTargets)).not.toContain('Der Plan beginnt beim Geschäftsmodell')
  })
})

describe('before you buy', () => {
  const fieldService = 'field-mobile'
  const settleFirst = questionnaire.adoption!.items.find((i) => i.id === fieldService)!.settleFirst

  it("says what to settle first, from the owner's own answers", () => {
    const report = scoreResponse(questionnaire, response(1, {}, { consideringTool: fieldService }))
    expect(report.purchase).toMatchObject({ itemId: fieldService, verdict: 'settleFirst', businessModelCarries: false })
    expect(report.purchase!.open.map((p) => p.questionId)).toEqual(settleFirst)
  })

  it('finds the foundation carries it once the business model and its questions are settled', () => {
    const report = scoreResponse(questionnaire, response(3, {}, { consideringTool: fieldService }))
    expect(report.purchase).toMatchObject({ verdict: 'carried', open: [], businessModelCarries: true })
  })

  it('sends him to what he has when the same kind of tool is already bought and barely used', () => {
    const report = scoreResponse(
      questionnaire,
      response(3, {}, { consideringTool: fieldService, adoption: { [fieldService]: { choice: 'fewUse' } } }),
    )
    expect(report.purchase).toMatchObject({ verdict: 'useWhatYouHave', alreadyIntroduced: 'fewUse' })
  })
})
