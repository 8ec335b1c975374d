// One design vocabulary: every colour the stylesheets use is a token of src/ui/tokens.css, so a page
// cannot drift into its own greys or focus ring, and the workshop's old `ws` palette and classes stay gone.
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const src = new URL('../../src/', import.meta.url)
const files = (ending: string) =>
  readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith(ending))
    .map((path) => path.replaceAll('\\', '/'))
    .sort()
const read = (path: string) => readFileSync(new URL(path, src), 'utf8')
/** Comments say why; they may name a colour without using one. Line breaks stay, so line numbers hold. */
const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))

/** `path:line: text` for every line of every stylesheet (tokens.css aside) that matches `pattern`. */
function linesMatching(pattern: RegExp, sheets = files('.css').filter((path) => path !== 'ui/tokens.css')) {
  return sheets.flatMap((path) =>
    withoutComments(read(path))
      .split('\n')
      .flatMap((line, i) => (pattern.test(line) ? [`${path}:${i + 1}: ${line.trim()}`] : [])),
  )
}

const COLOUR_LITERAL =
  /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(|:\s*(?:white|black|red|green|blue|gray|grey|orange|yellow)\s*[;!]/i

describe('design tokens', () => {
  it('finds the stylesheets it checks', () => {
    expect(files('.css')).toEqual(
      expect.arrayContaining(['ui/tokens.css', 'ui/base.css', 'features/report/report.css']),
    )
  })

  it('has no colour literal outside tokens.css', () => {
    expect(linesMatching(COLOUR_LITERAL)).toEqual([])
  })

  it('uses only colour tokens that tokens.css defines', () => {
    const defined = new Set(read('ui/tokens.css').match(/--color-[a-z-]+(?=\s*:)/g))
    const unknown = files('.css').flatMap((path) =>
      [...withoutComments(read(path)).matchAll(/var\((--color-[a-z-]+)/g)]
        .map((m) => m[1]!)
        .filter((name) => !defined.has(name))
        .map((name) => `${path}: ${name}`),
    )
    expect(unknown).toEqual([])
  })

  it('has no palette or classes of the workshop’s own (`--ws-…`, `.ws-…`, `.ws`)', () => {
    expect(linesMatching(/--ws-|\.ws(?![a-z0-9_])|\.ws-/, files('.css'))).toEqual([])
    const markup = files('.tsx').flatMap((path) =>
      [...read(path).matchAll(/className=\{?[`'"]([^`'"]*)/g)]
        .filter((m) => /(^|\s)ws(-|\s|$)/.test(m[1]!))
        .map((m) => `${path}: ${m[0]}`),
    )
    expect(markup).toEqual([])
  })
})
