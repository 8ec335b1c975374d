// Test helpers: read a generated PDF back with poppler, as a reader's PDF viewer would.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

function poppler(tool: 'pdftotext' | 'pdfinfo', args: string[]): string {
  const run = spawnSync(tool, args, { encoding: 'utf8' })
  if (run.error)
    throw new Error(`${tool} is missing: the PDF tests read PDFs with poppler-utils (apt-get install poppler-utils)`)
  if (run.status !== 0) throw new Error(`${tool} failed: ${run.stderr}`)
  return run.stdout
}

export interface ReadPdf {
  file: string
  /** The text with every run of white space as one space: phrases survive line breaks. */
  text: string
  /** The same, page by page. */
  pageTexts: string[]
  /** Each page's text between the running head and foot: empty on a blank page. */
  pageBodies: string[]
  pages: number
  info: Record<string, string>
}

/** Writes the PDF to a temporary file and reads back its text and `pdfinfo`. */
export function readPdf(buffer: Uint8Array, name: string): ReadPdf {
  const file = join(mkdtempSync(join(tmpdir(), 'groundwork-pdf-')), name)
  writeFileSync(file, buffer)
  const raw = poppler('pdftotext', ['-enc', 'UTF-8', file, '-'])
  const text = raw.replace(/\s+/g, ' ')
  // pdftotext ends every page with a form feed.
  const pages = (layer: string) =>
    layer
      .split('\f')
      .slice(0, -1)
      .map((page) => page.replace(/\s+/g, ' '))
  const pageTexts = pages(raw)
  // At 72 dpi one pixel is one point: the head and foot stand within 50 pt of the A4 page's top and
  // bottom edge (styles.ts), the content starts 64 pt in.
  const bodies = poppler('pdftotext', [
    '-enc',
    'UTF-8',
    '-r',
    '72',
    '-x',
    '0',
    '-y',
    '50',
    '-W',
    '596',
    '-H',
    '742',
    file,
    '-',
  ])
  const info = Object.fromEntries(
    poppler('pdfinfo', ['-enc', 'UTF-8', file])
      .split('\n')
      .map((line) => line.match(/^([^:]+):\s*(.*)$/))
      .filter((m): m is RegExpMatchArray => m !== null)
      .map((m) => [m[1]!, m[2]!]),
  )
  return {
    file,
    text,
    pageTexts,
    pageBodies: pages(bodies).map((body) => body.trim()),
    pages: Number(info.Pages),
    info,
  }
}

/** The document catalog's /Lang entry (react-pdf writes the catalog uncompressed). */
export function pdfLanguage(buffer: Uint8Array): string | null {
  const match = Buffer.from(buffer)
    .toString('latin1')
    .match(/\/Lang \(([^)]*)\)/)
  return match ? match[1]! : null
}
