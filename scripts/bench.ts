// `npm run bench`: the figures the issues ask for, measured on this machine.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import type { Page } from 'playwright-core'
import {
  ADOPTION_CHOICES,
  aggregateTeam,
  parseQuestionnaire,
  scoreAnswers,
  type AdoptionAnswers,
  type Answers,
  type Choice,
  type Questionnaire,
} from '../src/domain/index.ts'
// @ts-expect-error plain ES module without types
import { budgets, kb, measureBundles } from './bundle-sizes.mjs'
import { benchFirstTap } from './bench-first-tap.ts'
import { benchPdfInBrowser } from './bench-pdf.ts'
import { benchTeamInBrowser, type Responsiveness } from './bench-team.ts'
import { benchWorkspaceInBrowser, workspaceLines } from './bench-workspace.ts'
// @ts-expect-error plain ES module without types
import { runLighthouse } from './lighthouse.mjs'
// @ts-expect-error plain ES module without types
import { startPreview } from './preview-server.mjs'

function loadDefault(): Questionnaire {
  const result = parseQuestionnaire(readFileSync(new URL('../questionnaires/groundwork.json', import.meta.url), 'utf8'))
  if (!result.ok) throw new Error('questionnaires/groundwork.json is invalid: run `npm run groundwork -- validate`')
  return result.value
}

/** A small seeded generator so every run scores the same responses. */
function random(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0
    return seed / 2 ** 32
  }
}

function randomResponses(questionnaire: Questionnaire, count: number): Answers[] {
  const next = random(42)
  const specials: Choice[] = ['dontKnow', 'notApplicable', 'notNeeded']
  return Array.from({ length: count }, () => {
    const answers: Answers = {}
    for (const question of questionnaire.questions) {
      const roll = next()
      if (roll < 0.05) continue
      const special = specials[Math.floor(next() * 3)]!
      answers[question.id] = {
        choice:
          roll < 0.15 && question.options[special as keyof typeof question.options]
            ? special
            : (Math.floor(next() * 5) as Choice),
      }
    }
    return answers
  })
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

/** The adoption inventory answered at random, like the answers. */
function randomAdoption(questionnaire: Questionnaire, count: number): AdoptionAnswers[] {
  const next = random(7)
  const items = questionnaire.adoption?.items ?? []
  return Array.from({ length: count }, () =>
    Object.fromEntries(
      items.map((item) => [item.id, { choice: ADOPTION_CHOICES[Math.floor(next() * ADOPTION_CHOICES.length)]! }]),
    ),
  )
}

function benchScoring(questionnaire: Questionnaire) {
  const responses = randomResponses(questionnaire, 10_000)
  const adoption = randomAdoption(questionnaire, 10_000)
  const score = (i: number) => scoreAnswers(questionnaire, responses[i]!, undefined, adoption[i])
  for (let i = 0; i < 500; i++) score(i) // warm-up
  const times = Array.from({ length: 7 }, () => {
    const start = performance.now()
    for (let i = 0; i < responses.length; i++) score(i)
    return performance.now() - start
  })
  return median(times)
}

function benchAggregation(questionnaire: Questionnaire) {
  const adoption = randomAdoption(questionnaire, 500)
  const participants = randomResponses(questionnaire, 500).map((answers, i) => ({
    id: `p${i}`,
    adoption: adoption[i],
    role: i % 3 ? 'staff' : 'management',
    answers,
  }))
  aggregateTeam(questionnaire, participants.slice(0, 50)) // warm-up
  return median(
    Array.from({ length: 7 }, () => {
      const start = performance.now()
      aggregateTeam(questionnaire, participants)
      return performance.now() - start
    }),
  )
}

const lines: string[] = []
const report = (label: string, value: string, goal = '') =>
  lines.push(`${label.padEnd(44)} ${value.padStart(12)}  ${goal}`)
const printReport = () => {
  console.log(`\nGroundwork benchmarks (${new Date().toISOString()}, Node ${process.version})\n`)
  for (const line of lines) console.log(line)
}
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`

/**
 * Goals (issue 14): the start page, painted from static HTML, scores 100 with its largest paint
 * within 1.0 s; a question step 95. Accessibility and best practices 100 everywhere.
 */
// Lighthouse's browser follows the machine's language: German or English, whichever the start page shows.
const startAssessment = (baseUrl: string) => async (page: Page) => {
  await page.goto(baseUrl)
  await page.getByRole('button', { name: /^(Einschätzung beginnen|Start the assessment)$/ }).click()
  await page
    .getByRole('heading', { level: 1 })
    .filter({ hasText: /Über Ihr Unternehmen|About your company/ })
    .waitFor()
}

async function benchLighthouse(baseUrl: string) {
  const pages = {
    'start page': { url: baseUrl, performance: 100, lcpMs: 1000 },
    // A returning owner's deep link to a question: the assessment is started first, as a user would have.
    'question step': {
      url: `${baseUrl}#/assess/business-model`,
      prepare: startAssessment(baseUrl),
      performance: 95,
      lcpMs: null,
    },
  }
  const results = await runLighthouse(Object.values(pages))
  Object.entries(pages).forEach(([name, goal], i) => {
    const r = results[i]
    const met = r.performance >= goal.performance && r.accessibility === 100 && r.bestPractices === 100
    report(
      `Lighthouse mobile, ${name}`,
      `${r.performance}/${r.accessibility}/${r.bestPractices}`,
      `perf/a11y/best practices; goals ${goal.performance}/100/100: ${met ? 'met' : 'MISSED'}`,
    )
    const lcp = r.largestContentfulPaintMs as number
    report(
      `  first / largest contentful paint`,
      `${seconds(r.firstContentfulPaintMs)} / ${seconds(lcp)}`,
      goal.lcpMs === null ? '' : `goal: largest ≤ ${seconds(goal.lcpMs)}: ${lcp <= goal.lcpMs ? 'met' : 'MISSED'}`,
    )
    report('  total blocking time', `${(r.totalBlockingTimeMs as number).toFixed(0)} ms`)
    if (r.failing.length > 0) report('  failing audits', '', r.failing.join(', '))
  })
}

async function benchPdf(baseUrl: string) {
  const loadBefore = loadavg()[0]!
  const pdf = await benchPdfInBrowser(baseUrl)
  // Cold times scale with what else runs: on 2 busy cores they are not the quiet machine's figures.
  report(
    'machine load while the PDFs were timed',
    `${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)} (1-min average, ${availableParallelism()} cores)`,
  )
  // The click finds the PDF made in the background (report open 3 s), or makes it at once (cold),
  // in a worker: the page never holds its main thread over 100 ms meanwhile.
  for (const [name, timing] of [
    ['solo PDF', pdf.solo],
    ['30-person team PDF', pdf.team],
  ] as const) {
    report(
      `${name}: click → download, open 3 s / cold`,
      `${seconds(timing.open3s)} / ${seconds(timing.cold)}`,
      `goals ≤ 0.5 s / ≤ 1.2 s: ${timing.open3s <= 500 ? 'met' : 'MISSED'} / ${timing.cold <= 1200 ? 'met' : 'MISSED'}`,
    )
    const { cold, open3s } = timing.longestTaskMs
    report(
      `${name}: longest main-thread task meanwhile`,
      `${open3s.toFixed(0)} / ${cold.toFixed(0)} ms`,
      `goal ≤ 100 ms: ${open3s <= 100 ? 'met' : 'MISSED'} / ${cold <= 100 ? 'met' : 'MISSED'}`,
    )
  }
}

// BENCH_ONLY=pdf, =lighthouse or =tap: the build and that part alone (a minute instead of several), to
// compare a change A/B; LIGHTHOUSE_JSON=dir also keeps each page's full Lighthouse report there.
// BENCH_SKIP_BUILD=1 measures the dist/ already built (A/B runs of two builds, alternately).
const only = process.env.BENCH_ONLY
const questionnaire = loadDefault()
if (!only) {
  const scoringMs = benchScoring(questionnaire)
  report(
    `score 10,000 responses (${questionnaire.questions.length} questions)`,
    `${scoringMs.toFixed(1)} ms`,
    scoringMs < 100 ? 'goal < 100 ms: met' : 'goal < 100 ms: MISSED',
  )

  const aggregationMs = benchAggregation(questionnaire)
  report(
    'aggregate a team of 500 responses',
    `${aggregationMs.toFixed(1)} ms`,
    aggregationMs < 200 ? 'goal < 200 ms: met' : 'goal < 200 ms: MISSED',
  )
}

const build = process.env.BENCH_SKIP_BUILD
  ? { status: 0 }
  : spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' })
if (build.status === 0) {
  const sizes = measureBundles()
  report('start page JS (gzip)', kb(sizes.start))
  report(
    'start page + questionnaire JS (gzip)',
    kb(sizes.startAndQuestionnaire),
    `budget ≤ ${kb(budgets.startAndQuestionnaire)}: ${sizes.startAndQuestionnaire <= budgets.startAndQuestionnaire ? 'met' : 'MISSED'}`,
  )
  report('  with the data layer (loads beside the first paint)', kb(sizes.withDataLayer))
  report('report chunk (gzip)', kb(sizes.report))
  report('PDF worker (gzip; on the page only as fallback)', `${kb(sizes.pdfWorker)} (${kb(sizes.pdf)})`)
  report('workshop pages / team report chunks (gzip)', `${kb(sizes.workshop)} / ${kb(sizes.teamReport)}`)
  report('questionnaire data, fetched as JSON (gzip)', kb(sizes.questionnaireData))
  const { baseUrl, stop } = await startPreview(Number(process.env.BENCH_PORT ?? 4174))
  try {
    if (!only || only === 'pdf') await benchPdf(baseUrl)
    if (!only) {
      const team = await benchTeamInBrowser(baseUrl)
      // Responsive: no task holds the main thread longer than 200 ms (INP "good"), so a click is answered at once.
      const responsive = (r: Responsiveness) =>
        [
          `${seconds(r.ms)}, longest task ${r.longestTaskMs.toFixed(0)} ms`,
          r.longestTaskMs <= 200 ? 'goal: no task > 200 ms: met' : 'goal: no task > 200 ms: MISSED',
        ] as const
      report('500 response files imported in Chromium', ...responsive(team.importing))
      report('team report of 500 rendered in Chromium', ...responsive(team.report))
      for (const line of workspaceLines(await benchWorkspaceInBrowser(baseUrl))) report(...line)
    }
    if (!only || only === 'lighthouse') await benchLighthouse(baseUrl)
    if (!only || only === 'lighthouse' || only === 'tap') {
      // The price of the start page's late start (no goal: shown so that it is weighed, not assumed).
      const tap = await benchFirstTap(baseUrl)
      report('first visit, CPU 4×: tap on begin → company step', seconds(tap.firstAct), 'the tap as the first act')
      report('  the same after a scroll (the app started meanwhile)', seconds(tap.afterScroll))
    }
  } finally {
    stop()
  }
} else report('bundle sizes', 'build failed')

printReport()
