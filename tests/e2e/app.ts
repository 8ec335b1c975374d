// Helpers for the assessment suites: the default questionnaire as the app sees it, and common steps.
import { readFileSync } from 'node:fs'
import type { BrowserContext, Page } from 'playwright-core'
import {
  validateQuestionnaire,
  type AssessmentResponse,
  type Choice,
  type Question,
  type Questionnaire,
  type Workshop,
} from '../../src/domain/index.ts'
import { teamParticipants, toolFirstAdoption } from '../builders/sample.ts'

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

/**
 * Puts state into the browser profile as an earlier Groundwork left it in local storage (storage
 * version 1), once per profile: on start the app moves it into its workspace, exactly as it does
 * for a user upgrading. Later reloads do not put it back.
 */
export async function seedLegacy(target: Page | BrowserContext, key: string, state: unknown): Promise<void> {
  await target.addInitScript(
    ([k, v]) => {
      const marker = `e2e.seeded.${k}`
      if (localStorage.getItem(marker)) return
      localStorage.setItem(k, v)
      localStorage.setItem(marker, '1')
    },
    [key, JSON.stringify({ state, version: 1 })] as const,
  )
}

/** A stored assessment as the legacy key held it: the app's first start moves it into the workspace. */
export function seedAssessment(target: Page | BrowserContext, response: unknown): Promise<void> {
  return seedLegacy(target, 'groundwork.assessment', { response, lastQuestionId: null })
}

/** Runs in the page: everything in one store of the workspace database. */
export async function readStore(page: Page, store: string): Promise<unknown[]> {
  return page.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('groundwork')
        // Never create the database here: an empty one made before the app opens its own would hang
        // the read (no such store) and stand in the way of the app's upgrade.
        open.onupgradeneeded = () => open.transaction?.abort()
        open.onerror = () => reject(new Error(`the app has not created its database yet (reading "${name}")`))
        open.onsuccess = () => {
          const db = open.result
          if (!db.objectStoreNames.contains(name)) {
            db.close()
            reject(new Error(`the app's database has no store "${name}"`))
            return
          }
          const request = db.transaction(name, 'readonly').objectStore(name).getAll()
          request.onsuccess = () => {
            db.close()
            resolve(request.result as unknown[])
          }
          request.onerror = () => reject(request.error)
        }
      }),
    store,
  )
}

/** Waits until the header says the last change is saved (the database confirmed it). */
export async function waitUntilSaved(page: Page): Promise<void> {
  // The header re-renders a moment after the change was queued: give it that moment first.
  await page.waitForTimeout(100)
  await page.waitForFunction(() => {
    const status = document.querySelector('.saved')
    return status !== null && status.getAttribute('aria-busy') !== 'true'
  })
}

/** The open assessment's response as the workspace database holds it. */
export async function storedResponse(page: Page): Promise<AssessmentResponse | null> {
  await waitUntilSaved(page)
  const assessments = await readStore(page, 'assessments')
  const current = await page.evaluate(
    () =>
      new Promise<unknown>((resolve) => {
        const open = indexedDB.open('groundwork')
        open.onupgradeneeded = () => open.transaction?.abort()
        open.onsuccess = () => {
          const request = open.result.transaction('meta').objectStore('meta').get('currentAssessment')
          request.onsuccess = () => {
            open.result.close()
            resolve(request.result)
          }
        }
      }),
  )
  const record = (assessments as { id: string; response: AssessmentResponse; deletedAt?: string }[]).find(
    (r) => r.id === current && !r.deletedAt,
  )
  return record?.response ?? null
}

/** The newest workshop in the workspace database, as the app stored it. */
export async function storedWorkshop(page: Page): Promise<Workshop> {
  await waitUntilSaved(page)
  const records = (await readStore(page, 'workshops')) as { workshop: Workshop; deletedAt?: string }[]
  return records
    .filter((r) => !r.deletedAt)
    .map((r) => r.workshop)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0]!
}

/** The branding profile in the workspace database. */
export async function storedBranding(page: Page): Promise<Record<string, unknown> | undefined> {
  await waitUntilSaved(page)
  const records = (await readStore(page, 'branding')) as { id: string; branding: Record<string, unknown> }[]
  return records.find((r) => r.id === 'default')?.branding
}

/**
 * Changes the stored assessment behind the app's back (as time passing, or another device, would):
 * the next load shows it.
 */
export async function replaceStoredResponse(page: Page, response: AssessmentResponse): Promise<void> {
  await waitUntilSaved(page)
  await page.evaluate(
    (r) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('groundwork')
        open.onsuccess = () => {
          const tx = open.result.transaction(['assessments', 'meta'], 'readwrite')
          tx.objectStore('assessments').put({
            id: r.id,
            clientId: null,
            response: r,
            updatedAt: new Date().toISOString(),
          })
          tx.objectStore('meta').put(r.id, 'currentAssessment')
          tx.oncomplete = () => {
            open.result.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    response,
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
  await seedLegacy(page, 'groundwork.workshops', { workshops: [workshop] })
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

/** What a workshop keeps of a participant whose answers came by answer link (or its QR code). */
export function participantByLink(response: AssessmentResponse) {
  return {
    name: response.respondent?.name,
    role: response.respondent?.role,
    source: 'link',
    responseId: response.id,
    answers: response.answers,
  }
}
