// The calibration cases (../shared/calibration/): three independent raters answered questionnaire 2.0 for
// three case companies from their descriptions alone. Every rater's answers must give each case the report
// its row in the calibration table calls for.
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { scoreResponse, type AdoptionChoice, type AssessmentResponse, type Choice } from '../../src/domain/index.ts'
import { loadQuestionnaireFile } from '../builders/questionnaire.ts'

const questionnaire = loadQuestionnaireFile('groundwork.json')

interface RaterFile {
  case: string
  rater: string
  answers: Record<string, number | 'dk' | 'na' | 'nn'>
  adoption: Record<string, AdoptionChoice>
}

const folder = new URL('../fixtures/calibration/', import.meta.url)
const files: RaterFile[] = readdirSync(folder)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(new URL(f, folder), 'utf8')) as RaterFile)
const SPECIAL = { dk: 'dontKnow', na: 'notApplicable', nn: 'notNeeded' } as const

function reportOf(file: RaterFile) {
  const response: AssessmentResponse = {
    format: 'groundwork-response',
    formatVersion: 2,
    id: `${file.rater}-${file.case}`,
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    answers: Object.fromEntries(
      Object.entries(file.answers).map(([id, a]) => [
        id,
        { choice: (typeof a === 'number' ? a : SPECIAL[a]) as Choice },
      ]),
    ),
    adoption: Object.fromEntries(Object.entries(file.adoption).map(([id, choice]) => [id, { choice }])),
    createdAt: '2026-12-02T09:00:00.000Z',
    updatedAt: '2026-12-02T09:00:00.000Z',
  }
  return scoreResponse(questionnaire, response)
}
const kinds = (report: ReturnType<typeof reportOf>) => report.findings.map((f) => f.kind)
const byCase = (name: string) => files.filter((f) => f.case === name)

it('has every rater answer every question and every inventory item', () => {
  expect(files.length).toBeGreaterThanOrEqual(9)
  for (const file of files) {
    expect(Object.keys(file.answers).sort()).toEqual(questionnaire.questions.map((q) => q.id).sort())
    expect(Object.keys(file.adoption).sort()).toEqual(questionnaire.adoption!.items.map((i) => i.id).sort())
  }
})

describe.each(byCase('e-officeworld'))('office-supplies wholesaler, rater $rater', (file) => {
  it('tools adopted far ahead of the business model, the barely used ones named; the plan starts with the business model', () => {
    const report = reportOf(file)
    expect(kinds(report)).toEqual(
      expect.arrayContaining(['weakBusinessModel', 'adoptionAheadOfFoundation', 'boughtBarelyUsed']),
    )
    const barelyUsed = report.findings.find((f) => f.kind === 'boughtBarelyUsed')
    expect(barelyUsed?.kind === 'boughtBarelyUsed' && barelyUsed.itemIds).toEqual(expect.arrayContaining(['crm']))
    expect(report.quadrant).toBe('toolsFirst')
    expect(report.verdict).toBe('adoptionAhead')
    // Risks that do not wait may head the plan; after them the business model, never another tool.
    expect(report.actionPlan.find((step) => !step.risk)?.dimensionId).toBe('business-model')
  })
})

describe.each(byCase('f-carpentry'))('carpentry, rater $rater', (file) => {
  it('a business model lived in practice with little on paper; few tools, and no finding against them', () => {
    const report = reportOf(file)
    expect(report.businessModelScore!).toBeGreaterThanOrEqual(60)
    expect(report.foundationIndex!).toBeGreaterThan(50) // questionnaire 1.0 gave 45–49
    expect(kinds(report)).not.toContain('adoptionAheadOfFoundation')
    expect(kinds(report)).not.toContain('boughtBarelyUsed')
    expect(kinds(report)).not.toContain('weakBusinessModel')
    expect(report.quadrant).toBe('groundedLean')
  })
})

describe.each(byCase('g-logistics'))('contract logistics, rater $rater', (file) => {
  it('mature overall, staff clearly the weakest foundation dimension, no alarm about its tools', () => {
    const report = reportOf(file)
    const foundation = report.dimensions.filter((d) => d.layer === 'foundation')
    const weakest = foundation.reduce((a, b) => (b.score! < a.score! ? b : a))
    expect(weakest.dimensionId).toBe('staff')
    for (const other of foundation.filter((d) => d.dimensionId !== 'staff'))
      expect(other.score! - weakest.score!).toBeGreaterThan(15)
    expect(report.findings).toContainEqual(expect.objectContaining({ kind: 'laggingArea', dimensionId: 'staff' }))
    expect(kinds(report)).not.toContain('adoptionAheadOfFoundation')
    expect(kinds(report)).not.toContain('boughtBarelyUsed')
    expect(report.quadrant).toBe('groundedEquipped')
    // The plan reaches staff within its first steps.
    const top = report.actionPlan.slice(0, questionnaire.scoring.actionPlanSize).map((s) => s.dimensionId)
    expect(top).toContain('staff')
  })
})
