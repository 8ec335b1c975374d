// Helpers for the assessment suites: the default questionnaire as the app sees it, and common steps.
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import {
  validateQuestionnaire,
  type AssessmentResponse,
  type Choice,
  type Question,
  type Questionnaire,
  type Workshop,
} from '../../src/domain/index.ts'
import { teamParticipants, toolFirstAdoption } from '../../src/features/pdf/fixtures.ts'

/** Whatever questionnaires/groundwork.json holds now, validated and sorted like the app does. */
export function defaultQuestionnaire(): Questionnaire {
  const checked = validateQuestionnaire(
    JSON.parse(readFileSync(new URL('../../questionnaires/groundwork.json', import.meta.url), 'utf8')),
  )
  if (!checked.ok) throw new Error('questionnaires/groundwork.json is invalid')
  return checked.value
}

/** Every choice a question offers, in the order the radio group lists them. */
export function choicesOf(question: Question): Choice[] {
  const specials = (['dontKnow', 'notApplicable', 'notNeeded'] as const).filter((s) => question.options[s])
  return [0, 1, 2, 3, 4, ...specials]
}

/** A varied but fixed answer for the n-th question, so every kind of choice is exercised. */
export function plannedChoice(question: Question, n: number): Choice {
  const choices = choicesOf(question)
  return choices[n % choices.length]!
}

/** The response stored in the page's local storage. */
export async function storedResponse(page: Page): Promise<AssessmentResponse | null> {
  return page.evaluate(() => {
    const raw = localStorage.getItem('groundwork.assessment')
    return raw ? (JSON.parse(raw) as { state: { response: AssessmentResponse | null } }).state.response : null
  })
}

/** The first workshop stored in the page's local storage, as the app persisted it. */
export async function storedWorkshop(page: Page): Promise<Workshop> {
  return page.evaluate(
    () =>
      (JSON.parse(localStorage.getItem('groundwork.workshops')!) as { state: { workshops: Workshop[] } }).state
        .workshops[0]!,
  )
}

/**
 * Stores a workshop of `count` fixture participants (each with the tool-first inventory) before the
 * page loads, as the app persists it; returns the participants as the team report scores them.
 */
export async function seedTeamWorkshop(page: Page, id: string, count: number) {
  const questionnaire = defaultQuestionnaire()
  const people = teamParticipants(questionnaire, count).map((p) => ({
    ...p,
    adoption: toolFirstAdoption(questionnaire),
  }))
  const workshop: Workshop = {
    format: 'groundwork-workshop',
    formatVersion: 1,
    id,
    title: 'Standortbestimmung',
    date: '2026-12-01',
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    roles: ['management', 'staff', 'sales-service'],
    participants: people.map((p, i) => ({ ...p, source: 'file' as const, responseId: `r-${i}` })),
    consensus: {},
    createdAt: '2026-12-01T09:00:00.000Z',
    updatedAt: '2026-12-01T09:00:00.000Z',
  }
  await page.addInitScript(
    (stored) => {
      if (!localStorage.getItem('groundwork.workshops')) localStorage.setItem('groundwork.workshops', stored)
    },
    JSON.stringify({ state: { workshops: [workshop] }, version: 1 }),
  )
  return people
}

/** Starts a new assessment from the start page with the mouse and skips the company step. */
export async function beginAssessment(page: Page, baseUrl: string): Promise<void> {
  await page.goto(baseUrl)
  await page.getByRole('button', { name: /Einschätzung beginnen/ }).click()
  await page.getByRole('button', { name: 'Überspringen' }).click()
  await page.waitForURL(/#\/assess\//)
}

/** Answers a question by clicking the label of the chosen option. */
export async function answerByClick(page: Page, question: Question, choice: Choice): Promise<void> {
  await page.locator(`#question-${question.id}-${choice}`).check()
}
