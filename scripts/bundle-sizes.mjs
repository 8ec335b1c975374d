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

function keyOf(manifest, sourcePrefix) {
  return Object.keys(manifest).find((key) => key.startsWith(sourcePrefix))
}

function jsGzip(manifest, keys) {
  return [...keys].reduce((sum, key) => sum + (manifest[key]?.file?.endsWith('.js') ? gzipSize(manifest[key].file) : 0), 0)
}

/**
 * Sizes in bytes (gzip): the start page (entry and its static imports), the assessment flow on top
 * of it (questionnaire data and question step), the report chunk and the PDF chunk.
 */
export function measureBundles() {
  const manifest = readManifest()
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry)
  const start = staticClosure(manifest, entryKey)
  const lazyParts = {
    questionnaire: ['questionnaires/groundwork.json', 'src/features/assessment/'],
    report: ['src/features/report/'],
    pdf: ['src/features/pdf/'],
    workshop: ['src/features/workshop/'],
  }
  const sizes = { start: jsGzip(manifest, start) }
  for (const [name, prefixes] of Object.entries(lazyParts)) {
    const keys = new Set()
    for (const prefix of prefixes)
      for (const key of Object.keys(manifest).filter((k) => k.startsWith(prefix) && manifest[k].isDynamicEntry))
        for (const chunk of staticClosure(manifest, key)) if (!start.has(chunk)) keys.add(chunk)
    sizes[name] = keys.size > 0 ? jsGzip(manifest, keys) : null
  }
  const questionnaireKey = keyOf(manifest, 'questionnaires/groundwork.json')
  sizes.startAndQuestionnaire = sizes.start + (sizes.questionnaire ?? 0)
  sizes.questionnaireData = questionnaireKey ? gzipSize(manifest[questionnaireKey].file) : null
  return sizes
}

export const budgets = { startAndQuestionnaire: 120 * 1024 }

export const kb = (bytes) => (bytes === null ? 'n/a' : `${(bytes / 1024).toFixed(1)} KB`)
