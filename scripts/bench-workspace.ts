// Times a consultant's full workspace in headless Chromium against the built app: 300 clients,
// 1,500 assessments and 100 workshops of 30 participants, put into the app's own IndexedDB. Then
// (1) the Clients page loads until all 300 show and the search answers a keystroke, (2) "Alles
// sichern" exports everything until the file is downloaded, and (3) a fresh, empty browser profile
// restores that file through the restore button and its confirmation dialog. Long tasks (main thread
// busy > 50 ms) are recorded throughout. Run on its own: `npx tsx scripts/bench-workspace.ts`.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import {
  ADOPTION_CHOICES,
  createResponse,
  validateRecord,
  type AdoptionAnswers,
  type Answers,
  type AssessmentRecord,
  type Choice,
  type ClientRecord,
  type Questionnaire,
  type RecordKind,
  type WorkshopRecord,
} from '../src/domain/index.ts'
import { defaultQuestionnaire, teamParticipants } from '../tests/builders/sample.ts'
import { launchBrowser } from '../tests/e2e/browser.ts'

export const WORKSPACE_SIZE = { clients: 300, assessments: 1500, workshops: 100, participants: 30 }
export const workspaceBudgets = { loadMs: 300, longestTaskMs: 200, exportMs: 3000, restoreMs: 5000 }

export interface WorkspaceBench {
  /** Putting the generated records into IndexedDB (raw, one transaction per store): setup, not a goal. */
  seedMs: number
  load: {
    /** Per reload: from navigation start until all clients show, and until a typed letter has filtered the list. */
    runs: { listMs: number; interactiveMs: number; keyToFilterMs: number; longestTaskMs: number }[]
    interactiveMs: number
    longestTaskMs: number
  }
  backup: { ms: number; bytes: number; longestTaskMs: number }
  restore: {
    /** From choosing the file until the confirmation dialog shows what the restore changes. */
    planMs: number
    planLongestTaskMs: number
    /** From the click on "Wiederherstellen" until the success message. */
    writeMs: number
    writeLongestTaskMs: number
    /** Choosing the file to the success message, the confirmation click included. */
    ms: number
    /** Until the restored list of all clients shows again after the message. */
    listShownMs: number
    counts: Record<string, number>
  }
}

// ---------------------------------------------------------------------------------------------
// The workspace, generated in Node with the domain's own code: fixed, so runs repeat.

function random(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0
    return seed / 2 ** 32
  }
}

const SURNAMES = [
  'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann',
  'Schäfer', 'Koch', 'Bauer', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann',
  'Braun', 'Krüger', 'Hofmann', 'Hartmann', 'Lange', 'Schmitt', 'Werner', 'Krause', 'Meier', 'Lehmann',
] // prettier-ignore
const TRADES = [
  ['Straßenbau', 'Bau'], ['Bäckerei', 'Lebensmittel'], ['Elektrotechnik', 'Handwerk'], ['Sanitär & Heizung', 'Handwerk'],
  ['Steuerberatung', 'Dienstleistung'], ['Metallbau', 'Produktion'], ['Logistik', 'Transport'], ['Gartenbau', 'Handwerk'],
  ['Autohaus', 'Handel'], ['Druckerei', 'Produktion'],
] as const // prettier-ignore
const FORMS = ['GmbH', 'GmbH & Co. KG', 'e. K.', 'AG', 'OHG']
const SIZES = ['1–9', '10–24', '25–49', '50–249']
const NOTES = [
  'Steht so im „Leitbild 2030“ – gelesen hat es kaum jemand.',
  'Die Großkunden bringen rund 60 % des Umsatzes; Zahlen für 2025 liegen vor (ca. 1,2 Mio. €).',
  'Müssen wir mit der Werkstatt klären – dort weiß man’s genauer.',
]

/** Case and accent blind, as the client list filters (src/features/clients/client-list.tsx). */
function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase()
}

export interface Workspace {
  clients: ClientRecord[]
  assessments: AssessmentRecord[]
  workshops: WorkshopRecord[]
}

export function generateWorkspace(questionnaire: Questionnaire, size = WORKSPACE_SIZE): Workspace {
  const next = random(2026)
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!
  const day = 86_400_000
  const origin = Date.parse('2024-01-08T09:00:00.000Z')
  const at = (days: number) => new Date(origin + days * day + Math.floor(next() * 8 * 3_600_000))

  const clients: (ClientRecord & { industry: string; size: string })[] = Array.from(
    { length: size.clients },
    (_, i) => {
      const [trade, industry] = TRADES[i % TRADES.length]!
      const name = `${SURNAMES[Math.floor(i / TRADES.length) % SURNAMES.length]} ${trade} ${FORMS[i % FORMS.length]}`
      const createdAt = at(Math.floor(next() * 200)).toISOString()
      return { id: `client-${i + 1}`, name, createdAt, updatedAt: createdAt, industry, size: pick(SIZES) }
    },
  )

  const adoptionItems = questionnaire.adoption?.items ?? []
  const perClient = Math.ceil(size.assessments / size.clients)
  const assessments: AssessmentRecord[] = Array.from({ length: size.assessments }, (_, n) => {
    const client = clients[n % size.clients]!
    const round = Math.floor(n / size.clients) // 0 = the oldest snapshot, perClient − 1 = the one worked on now
    const created = at(220 + round * 90 + Math.floor(next() * 30))
    const updated = new Date(created.getTime() + Math.floor(next() * 5 * day))
    const answers: Answers = {}
    questionnaire.questions.forEach((question, i) => {
      const roll = next()
      if (round === perClient - 1 && roll < 0.1) return // the current one is not quite finished
      const level = Math.max(0, Math.min(4, Math.round(1 + round * 0.4 + next() * 2))) as Choice
      const choice: Choice = roll < 0.15 && question.options.dontKnow ? 'dontKnow' : level
      answers[question.id] = i % 9 === 0 && roll < 0.5 ? { choice, note: pick(NOTES) } : { choice }
    })
    const adoption: AdoptionAnswers = Object.fromEntries(
      adoptionItems.map((item) => [item.id, { choice: pick(ADOPTION_CHOICES) }]),
    )
    const id = `assessment-${n + 1}`
    const response = {
      ...createResponse(questionnaire, id, created),
      company: { name: client.name, industry: client.industry, size: client.size },
      respondent: { name: 'Eva Groß', role: 'Geschäftsführung' },
      answers,
      adoption,
      updatedAt: updated.toISOString(),
    }
    const kept = round < perClient - 1
    return {
      id,
      clientId: client.id,
      response,
      ...(kept ? { keptAt: updated.toISOString() } : { lastQuestionId: questionnaire.questions.at(-1)!.id }),
      updatedAt: updated.toISOString(),
    }
  })

  const people = teamParticipants(questionnaire, size.participants)
  const workshops: WorkshopRecord[] = Array.from({ length: size.workshops }, (_, w) => {
    const client = clients[(w * 3) % size.clients]!
    const created = at(300 + Math.floor(next() * 300))
    const id = `workshop-${w + 1}`
    return {
      id,
      clientId: client.id,
      updatedAt: created.toISOString(),
      workshop: {
        format: 'groundwork-workshop',
        formatVersion: 1,
        id,
        title: `Standortbestimmung ${w % 2 ? 'Herbst' : 'Frühjahr'}`,
        organisation: client.name,
        date: created.toISOString().slice(0, 10),
        facilitator: 'Eva Groß',
        questionnaire: { id: questionnaire.id, version: questionnaire.version },
        roles: ['management', 'staff', 'sales-service'],
        participants: people.map((p, i) => ({
          ...p,
          id: `${id}-p${i + 1}`,
          source: 'file' as const,
          responseId: `${id}-r${i + 1}`,
          adoption: Object.fromEntries(adoptionItems.map((item) => [item.id, { choice: pick(ADOPTION_CHOICES) }])),
        })),
        consensus: Object.fromEntries(questionnaire.questions.slice(0, 8).map((q, i) => [q.id, i % 5])),
        createdAt: created.toISOString(),
        updatedAt: created.toISOString(),
      },
    }
  })

  const workspace: Workspace = { clients: clients.map(({ industry: _i, size: _s, ...c }) => c), assessments, workshops }
  // Every record must pass the app's own check, or the app would set it aside instead of showing it.
  for (const kind of ['clients', 'assessments', 'workshops'] as const satisfies readonly RecordKind[])
    for (const record of workspace[kind]) {
      const checked = validateRecord(kind, record)
      if (!checked.ok) throw new Error(`generated ${kind} ${record.id} is invalid: ${JSON.stringify(checked.problems)}`)
    }
  return workspace
}

/** A letter to type into the search: one that leaves some clients, not all and not none. */
function searchLetter(names: string[]): { letter: string; matches: number } {
  for (const letter of 'xyzqkwvjpfgbhcdmuoai') {
    const matches = names.filter((name) => normalise(name).includes(letter)).length
    if (matches > 0 && matches < names.length) return { letter, matches }
  }
  throw new Error('no letter filters the client list')
}

// ---------------------------------------------------------------------------------------------
// In the browser

interface Probe {
  __longTasks: { start: number; duration: number; gap?: true }[]
  __changedAt: number
  __clickAt: number
  __keyAt: number
}

/**
 * Run in every page before its scripts: long tasks, and when a file was last chosen, a button
 * clicked, a key pressed (page time). The Long Tasks API misses some tasks: the restore's file
 * arrives in a mojo task whose microtasks (parse, validate, plan) ran 400–700 ms without an entry.
 * So a heartbeat (a timer every ~4 ms) records every gap over 50 ms too. A gap can span several
 * tasks queued behind each other, so it counts only where the API saw no long task. A string, not
 * a function: tsx would add helpers the page lacks.
 */
const instrument = `(() => {
  const tasks = []
  window.__longTasks = tasks
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration })
  }).observe({ type: 'longtask', buffered: true })
  let last = performance.now()
  const beat = () => {
    const now = performance.now()
    if (now - last > 50) tasks.push({ start: last, duration: now - last, gap: true })
    last = now
    setTimeout(beat, 0)
  }
  setTimeout(beat, 0)
  document.addEventListener('change', (event) => (window.__changedAt = event.timeStamp), true)
  document.addEventListener('click', (event) => (window.__clickAt = event.timeStamp), true)
  document.addEventListener('keydown', (event) => (window.__keyAt = event.timeStamp), true)
})()`

export async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    locale: 'de-DE',
  })
  await context.addInitScript({ content: instrument })
  return context
}

/** The longest task in a span of page time: the API's, or a heartbeat gap in which the API saw none. */
async function longestTask(page: Page, from: number, to = Infinity): Promise<number> {
  const tasks = await page.evaluate(
    ([a, b]) => (window as unknown as Probe).__longTasks.filter((t) => t.start + t.duration >= a && t.start <= b),
    [from, to === Infinity ? Number.MAX_VALUE : to] as const,
  )
  const seen = tasks.filter((t) => !t.gap)
  const overlaps = (gap: (typeof tasks)[number]) =>
    seen.some((t) => t.start < gap.start + gap.duration && gap.start < t.start + t.duration)
  return Math.max(
    0,
    ...seen.map((t) => t.duration),
    ...tasks.filter((t) => t.gap && !overlaps(t)).map((t) => t.duration),
  )
}

const probe = <K extends keyof Probe>(page: Page, key: K) =>
  page.evaluate((k) => (window as unknown as Probe)[k], key) as Promise<Probe[K]>

/** What the page must show: so many clients in the list, a text on the page, a text in the open dialog. */
interface Shown {
  clients?: number
  text?: string
  dialog?: string
  /** Then move the focus to the search box at once, so the next keystroke needs no round trip first. */
  focusSearch?: boolean
}

/**
 * Waits (checking every frame) until the page shows it, and returns the page time it first did.
 * A function, not a string: the app's Content Security Policy forbids evaluating strings.
 */
async function pageTimeWhen(page: Page, shown: Shown, timeout = 60_000): Promise<number> {
  const handle = await page.waitForFunction(
    ({ clients, text, dialog, focusSearch }) => {
      const shown =
        (clients === undefined || document.querySelectorAll('.clients-list > li').length === clients) &&
        (text === undefined || (document.body.textContent ?? '').includes(text)) &&
        (dialog === undefined || (document.querySelector('dialog[open]')?.textContent ?? '').includes(dialog))
      if (!shown) return false
      if (focusSearch) document.querySelector<HTMLInputElement>('input[type="search"]')?.focus()
      return performance.now()
    },
    shown,
    { polling: 'raf', timeout },
  )
  return (await handle.jsonValue()) as number
}

/** Opens the Clients page of a fresh profile: the app itself creates its database; an installed app. */
export async function openEmptyWorkspace(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}#/clients`)
  await page.getByText('Noch keine Mandanten').waitFor({ timeout: 30_000 })
  step('empty workspace open; waiting for the service worker')
  // Never resolves when the worker cannot precache (dist rebuilt under the running server): fail instead.
  await page.evaluate(() =>
    Promise.race([
      navigator.serviceWorker.ready.then((registration) => {
        if (!registration.active) throw new Error('no active service worker')
      }),
      new Promise((_, reject) => setTimeout(() => reject(new Error('no service worker after 30 s')), 30_000)),
    ]),
  )
}

/** Staged in chunks (one call of a few MB each), then written raw: one transaction per store. */
export async function seedWorkspace(page: Page, workspace: Workspace): Promise<void> {
  for (const kind of ['clients', 'assessments', 'workshops'] as const) {
    const records = workspace[kind] as unknown[]
    const chunk = kind === 'workshops' ? 10 : 250
    for (let i = 0; i < records.length; i += chunk)
      await page.evaluate(
        ([k, part]) => {
          const w = window as unknown as { __seed?: Record<string, unknown[]> }
          w.__seed ??= {}
          ;(w.__seed[k] ??= []).push(...part)
        },
        [kind, records.slice(i, i + chunk)] as const,
      )
  }
  await page.evaluate(async () => {
    const staged = (window as unknown as { __seed: Record<string, unknown[]> }).__seed
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('groundwork')
      open.onsuccess = () => resolve(open.result)
      open.onerror = () => reject(open.error)
    })
    for (const [store, records] of Object.entries(staged)) {
      const tx = db.transaction(store, 'readwrite')
      for (const record of records) tx.objectStore(store).put(record)
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve()
        tx.onerror = () => reject(tx.error)
        tx.onabort = () => reject(tx.error)
      })
    }
    db.close()
    delete (window as unknown as { __seed?: unknown }).__seed
  })
}

async function countRecords(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('groundwork')
      open.onsuccess = () => resolve(open.result)
      open.onerror = () => reject(open.error)
    })
    const counts: Record<string, number> = {}
    for (const store of ['clients', 'assessments', 'workshops']) {
      const request = db.transaction(store).objectStore(store).count()
      counts[store] = await new Promise<number>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
    }
    db.close()
    return counts
  })
}

/** Progress on stderr with BENCH_VERBOSE=1: where a slow or stuck run is. */
const step = (what: string) => {
  if (process.env.BENCH_VERBOSE) console.error(`[bench-workspace ${new Date().toISOString().slice(11, 23)}] ${what}`)
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

export async function benchWorkspaceInBrowser(baseUrl: string, reloads = 3): Promise<WorkspaceBench> {
  const questionnaire = defaultQuestionnaire()
  const workspace = generateWorkspace(questionnaire)
  const names = workspace.clients.map((c) => c.name)
  const search = searchLetter(names)
  const total = workspace.clients.length
  const downloads = mkdtempSync(join(tmpdir(), 'groundwork-bench-'))
  const browser = await launchBrowser()
  try {
    // The workspace as the app keeps it.
    const context = await newContext(browser)
    const page = await context.newPage()
    await openEmptyWorkspace(page, baseUrl)
    step('seeding')
    let start = performance.now()
    await seedWorkspace(page, workspace)
    const seedMs = performance.now() - start
    const seeded = await countRecords(page)
    for (const kind of ['clients', 'assessments', 'workshops'] as const)
      if (seeded[kind] !== workspace[kind].length)
        throw new Error(`seeded ${seeded[kind]} ${kind}, expected ${workspace[kind].length}`)

    // (1) The Clients page, loaded anew: all clients shown, then a letter typed and the list filtered.
    step('loading the Clients page')
    const runs: WorkspaceBench['load']['runs'] = []
    for (let run = 0; run < reloads; run++) {
      await page.reload({ waitUntil: 'commit' })
      const listMs = await pageTimeWhen(page, { clients: total, focusSearch: true })
      await page.keyboard.press(search.letter)
      const interactiveMs = await pageTimeWhen(page, {
        clients: search.matches,
        text: `${search.matches} von ${total} Mandanten`,
      })
      const keyAt = await probe(page, '__keyAt')
      // Whatever the page still does right after counts too: a task there blocks the next keystroke.
      await page.waitForTimeout(1000)
      runs.push({
        listMs,
        interactiveMs,
        keyToFilterMs: interactiveMs - keyAt,
        longestTaskMs: await longestTask(page, 0),
      })
    }

    // (2) "Alles sichern": from the click until the file is completely downloaded.
    step('exporting')
    await page.reload()
    await pageTimeWhen(page, { clients: total })
    await page.waitForTimeout(1000)
    const since = await page.evaluate(() => performance.now())
    start = performance.now()
    const downloading = page.waitForEvent('download', { timeout: 60_000 })
    await page.getByRole('button', { name: 'Alles sichern' }).click()
    const download = await downloading
    await download.path() // resolves once the download has completed
    const backupMs = performance.now() - start
    const file = join(downloads, download.suggestedFilename())
    await download.saveAs(file)
    await page.getByText('Gesichert als').waitFor()
    const backup = { ms: backupMs, bytes: statSync(file).size, longestTaskMs: await longestTask(page, since) }
    await context.close()

    // (3) A new, empty browser profile restores that file: plan (read, check, compare, dialog), then write.
    step('restoring')
    const fresh = await newContext(browser)
    const target = await fresh.newPage()
    await openEmptyWorkspace(target, baseUrl)
    await target.waitForTimeout(500)
    await target.getByLabel('Sicherung wiederherstellen').setInputFiles(file)
    const dialogAt = await pageTimeWhen(target, { dialog: 'Das Wiederherstellen ändert Folgendes' })
    const changedAt = await probe(target, '__changedAt')
    step('confirming')
    await target.getByRole('button', { name: 'Wiederherstellen', exact: true }).click()
    const doneAt = await pageTimeWhen(target, { text: 'Die Sicherung ist wiederhergestellt.' })
    const clickAt = await probe(target, '__clickAt')
    const listAt = await pageTimeWhen(target, { clients: total })
    await target.waitForTimeout(1000)
    const restore = {
      planMs: dialogAt - changedAt,
      planLongestTaskMs: await longestTask(target, changedAt, dialogAt),
      writeMs: doneAt - clickAt,
      writeLongestTaskMs: await longestTask(target, clickAt),
      ms: doneAt - changedAt,
      listShownMs: listAt - doneAt,
      counts: await countRecords(target),
    }
    for (const kind of ['clients', 'assessments', 'workshops'] as const)
      if (restore.counts[kind] !== workspace[kind].length)
        throw new Error(`restored ${restore.counts[kind]} ${kind}, expected ${workspace[kind].length}`)
    await fresh.close()

    return {
      seedMs,
      load: {
        runs,
        interactiveMs: median(runs.map((r) => r.interactiveMs)),
        longestTaskMs: Math.max(...runs.map((r) => r.longestTaskMs)),
      },
      backup,
      restore,
    }
  } finally {
    await browser.close()
    rmSync(downloads, { recursive: true, force: true })
  }
}

// ---------------------------------------------------------------------------------------------
// Report

const goal = (ok: boolean, text: string) => `goal ${text}: ${ok ? 'met' : 'MISSED'}`

/** The bench's lines: label, figure, goal (and what the figure is made of). */
export function workspaceLines(result: WorkspaceBench): [label: string, value: string, goal: string][] {
  const b = workspaceBudgets
  const ms = (value: number) => `${value.toFixed(0)} ms`
  const s = (value: number) => `${(value / 1000).toFixed(2)} s`
  const { load, backup, restore } = result
  const { clients, assessments, workshops, participants } = WORKSPACE_SIZE
  return [
    [
      'workspace in Chromium (IndexedDB)',
      '',
      `${clients} clients, ${assessments} assessments, ${workshops} workshops of ${participants}`,
    ],
    [
      `  Clients page interactive, median of ${load.runs.length}`,
      ms(load.interactiveMs),
      `${goal(load.interactiveMs < b.loadMs, `< ${b.loadMs} ms`)} (all clients shown / letter filtered: ` +
        `${load.runs.map((r) => `${r.listMs.toFixed(0)}/${r.interactiveMs.toFixed(0)}`).join(', ')} ms)`,
    ],
    [
      '  Clients page load, longest task',
      ms(load.longestTaskMs),
      `goal: no task > ${b.longestTaskMs} ms: ${load.longestTaskMs <= b.longestTaskMs ? 'met' : 'MISSED'}`,
    ],
    [
      '  full backup exported and downloaded',
      s(backup.ms),
      `${goal(backup.ms < b.exportMs, `< ${b.exportMs / 1000} s`)} ` +
        `(${(backup.bytes / 1024 / 1024).toFixed(1)} MB, longest task ${ms(backup.longestTaskMs)})`,
    ],
    [
      '  full backup restored into an empty profile',
      s(restore.ms),
      `${goal(restore.ms < b.restoreMs, `< ${b.restoreMs / 1000} s`)} (file to dialog ${s(restore.planMs)}, ` +
        `longest task ${ms(restore.planLongestTaskMs)}; confirm to message ${s(restore.writeMs)}, ` +
        `longest task ${ms(restore.writeLongestTaskMs)})`,
    ],
  ]
}

// ---------------------------------------------------------------------------------------------
// On its own: build dist when it is older than the sources, serve it, measure, print.

function newestSource(path: string): number {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(0, ...readdirSync(path).map((entry) => newestSource(join(path, entry))))
}

function distIsCurrent(root: string): boolean {
  try {
    const built = statSync(join(root, 'dist/.vite/manifest.json')).mtimeMs
    const sources = ['src', 'questionnaires', 'public', 'index.html', 'vite.config.ts', 'package.json']
      .map((p) => join(root, p))
      .filter((p) => {
        try {
          statSync(p)
          return true
        } catch {
          return false
        }
      })
    return Math.max(...sources.map(newestSource)) < built
  } catch {
    return false
  }
}

async function main() {
  const root = fileURLToPath(new URL('..', import.meta.url))
  if (!distIsCurrent(root)) {
    const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit', cwd: root })
    if (build.status !== 0) throw new Error('build failed')
  }
  // @ts-expect-error plain ES module without types
  const { startPreview } = await import('./preview-server.mjs')
  const { baseUrl, stop } = await startPreview(Number(process.env.BENCH_PORT ?? 4176))
  try {
    const result = await benchWorkspaceInBrowser(baseUrl)
    console.log(`\nGroundwork workspace benchmark (${new Date().toISOString()}, Node ${process.version})\n`)
    for (const [label, value, text = ''] of workspaceLines(result))
      console.log(`${label.padEnd(44)} ${value.padStart(12)}  ${text}`)
    if (process.env.BENCH_JSON) console.log(JSON.stringify(result, null, 2))
  } finally {
    stop()
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main()
