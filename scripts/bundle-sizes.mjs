// Reads dist/.vite/manifest.json and measures gzip sizes of what each part of the app loads.
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

const dist = new URL('../dist/', import.meta.url)

export function readManifest() {
  return JSON.parse(readFileSync(new URL('.vite/manifest.json', dist), 'utf8'))
}

export function gzipSize(file) {
  return gzipSync(readFileSync(new URL(file, dist)), { level: 9 }).length
}

/** Every chunk a manifest entry loads before it runs: itself and its static imports, recursively. */
export function staticClosure(manifest, key, seen = new Set()) {
  if (seen.has(key)) return seen
  seen.add(key)
  for (const imported of manifest[key]?.imports ?? []) staticClosure(manifest, imported, seen)
  return seen
}

function jsGzip(manifest, keys) {
  return [...keys].reduce(
    (sum, key) => sum + (manifest[key]?.file?.endsWith('.js') ? gzipSize(manifest[key].file) : 0),
    0,
  )
}

function closureOf(manifest, prefixes, exclude = new Set()) {
  const keys = new Set()
  for (const prefix of prefixes)
    for (const key of Object.keys(manifest).filter(
      (k) => k.startsWith(prefix) && (manifest[k].isDynamicEntry || manifest[k].isEntry),
    ))
      for (const chunk of staticClosure(manifest, key)) if (!exclude.has(chunk)) keys.add(chunk)
  return keys
}

/**
 * Sizes in bytes (gzip). The start page: the entry, its static imports and the app it starts after
 * the first paint (src/app/boot.tsx, with the start page). The questionnaire: what a question step adds (its chunk and the loader of the default
 * questionnaire). The questionnaire's texts are fetched as JSON data, reported on their own.
 * Then the lazy report, PDF and workshop chunks, each without what the start page already loaded.
 */
export function measureBundles() {
  const manifest = readManifest()
  const start = closureOf(manifest, ['index.html', 'src/app/boot.tsx'])
  const questionnaire = closureOf(
    manifest,
    ['src/features/assessment/step-page.tsx', 'questionnaires/groundwork.json'],
    start,
  )
  const sizes = { start: jsGzip(manifest, start), questionnaire: jsGzip(manifest, questionnaire) }
  const seen = new Set([...start, ...questionnaire])
  for (const [name, prefixes] of Object.entries({
    report: ['src/app/report-route.tsx'],
    pdf: ['src/features/pdf/'],
    workshop: ['src/features/workshop/workshops/workshop-list-page.tsx'],
    teamReport: ['src/app/team-report-route.tsx'],
  })) {
    const keys = closureOf(manifest, prefixes, seen)
    sizes[name] = keys.size > 0 ? jsGzip(manifest, keys) : null
  }
  // The workspace (IndexedDB), loaded beside the first paint: src/data/start.ts is also imported
  // statically by the data commands, so it is a shared chunk (named after it), not an entry.
  const dataKeys = new Set()
  for (const key of Object.keys(manifest).filter((k) => manifest[k].name === 'start' && k.startsWith('_')))
    for (const chunk of staticClosure(manifest, key)) if (!seen.has(chunk)) dataKeys.add(chunk)
  sizes.dataLayer = dataKeys.size > 0 ? jsGzip(manifest, dataKeys) : null
  const data = Object.values(manifest).find(
    (chunk) => chunk.src === 'questionnaires/groundwork.json' && chunk.file.endsWith('.json'),
  )
  sizes.questionnaireData = data ? gzipSize(data.file) : null
  // The PDF worker is an asset of the chunk that starts it (a separate build), not a chunk itself.
  const worker = Object.values(manifest)
    .flatMap((chunk) => chunk.assets ?? [])
    .find((file) => /\/pdf\.worker-[^/]*\.js$/.test(file))
  sizes.pdfWorker = worker ? gzipSize(worker) : null
  sizes.startAndQuestionnaire = sizes.start + sizes.questionnaire
  // The data layer (with the validation code, zod) loads beside the first paint and a question page
  // waits for it too: reported beside the budget so nothing hides in it.
  sizes.withDataLayer = sizes.startAndQuestionnaire + (sizes.dataLayer ?? 0)
  return sizes
}

// Issue 14: the start page paints from static HTML and hydrates; its JS and a question's within 110 KB.
export const budgets = { startAndQuestionnaire: 110 * 1024 }

export const kb = (bytes) => (bytes === null ? 'n/a' : `${(bytes / 1024).toFixed(1)} KB`)
