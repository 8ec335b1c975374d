// The start page painted before any script: at build time, renders it to static HTML in German and
// English (src/app/prerender.tsx, through a Vite server in SSR mode), puts both into index.html with
// the two small inline scripts that keep the right one (src/app/first-paint.ts), and adds those
// scripts' hashes to the Content-Security-Policy — the only inline scripts the page may run. Also
// fails the build if the embedded questionnaire is invalid: the app uses it without validating it.
import { createHash } from 'node:crypto'
import type { OutputBundle, OutputChunk } from 'rolldown'
import { createServer, type Plugin } from 'vite'

const ROOT = '<div id="root"></div>'
const CHARSET = '<meta charset="UTF-8" />'

const sha256 = (script: string) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`

interface Prerender {
  renderStartPage: (locale: 'de' | 'en') => Promise<string>
  scripts: { head: string; body: string }
  defaultQuestionnaireProblem: () => string | null
}

async function prerenderStartPage(root: string): Promise<{ de: string; en: string; head: string; body: string }> {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  })
  try {
    const { renderStartPage, scripts, defaultQuestionnaireProblem } = (await server.ssrLoadModule(
      '/src/app/prerender.tsx',
    )) as Prerender
    const problem = defaultQuestionnaireProblem()
    if (problem) throw new Error(`questionnaires/groundwork.json cannot ship: ${problem}`)
    const de = await renderStartPage('de')
    const en = await renderStartPage('en')
    return { de, en, ...scripts }
  } finally {
    await server.close()
  }
}

/**
 * The styles of the app's own chunk (src/app/boot.tsx, started after the first paint) and of every
 * chunk it imports statically: the static start page needs them.
 */
function bootStyles(bundle: OutputBundle): string[] {
  const chunks = Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk')
  const boot = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('/src/app/boot.tsx'))
  if (!boot) throw new Error('the build has no chunk for src/app/boot.tsx')
  const visited = new Set<string>()
  const styles = new Set<string>()
  const visit = (chunk: OutputChunk | undefined) => {
    if (!chunk || chunk.isEntry || visited.has(chunk.fileName)) return
    visited.add(chunk.fileName)
    const css = (chunk as { viteMetadata?: { importedCss: Set<string> } }).viteMetadata?.importedCss
    for (const file of css ?? []) styles.add(file)
    for (const imported of chunk.imports) visit(bundle[imported] as OutputChunk | undefined)
  }
  visit(boot)
  return [...styles]
}

const cssSource = (bundle: OutputBundle | undefined, file: string): string => {
  const asset = bundle?.[file]
  if (asset?.type !== 'asset') throw new Error(`the build has no style sheet ${file}`)
  return typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source)
}

/**
 * The page's styles (the entry's and the app's, 3.5 KB gzip) inside the HTML: the first paint waits
 * for no other request. The app's sheet stays linked with media="not all" — loaded without blocking
 * anything, applying nothing — so that starting the app finds it there and does not wait to load it.
 */
function inlineStyles(html: string, bootStyles: string[], bundle: OutputBundle | undefined, base: string): string {
  const styles: string[] = []
  const withoutEntryLinks = html.replace(
    /\s*<link rel="stylesheet" crossorigin href="([^"]+\.css)">/g,
    (_link, href: string) => {
      styles.push(cssSource(bundle, href.slice(base.length)))
      return ''
    },
  )
  styles.push(...bootStyles.map((file) => cssSource(bundle, file)))
  const bootLinks = bootStyles.map((file) => `<link rel="stylesheet" media="not all" href="${base}${file}">`)
  return withoutEntryLinks.replace(
    '</head>',
    `  <style>${styles.join('')}</style>\n${bootLinks.map((link) => `  ${link}\n`).join('')}</head>`,
  )
}

/** `policy(scriptHashes)` gives the Content-Security-Policy allowing the inline scripts with those hashes. */
export function firstPaint(policy: (scriptHashes: string[]) => string): Plugin {
  let root = process.cwd()
  let base = './'
  return {
    name: 'groundwork-first-paint',
    apply: 'build',
    configResolved: (config) => {
      root = config.root
      base = config.base === '' ? './' : config.base
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, { bundle }) {
        if (!html.includes(ROOT) || !html.includes(CHARSET))
          throw new Error(`index.html: the first paint needs ${ROOT} and ${CHARSET}`)
        const { de, en, head, body } = await prerenderStartPage(root)
        const csp = policy([sha256(head), sha256(body)])
        const styles = bundle ? bootStyles(bundle) : []
        // No modulepreload links for the app's code: fetched beside the HTML they compete with the
        // first paint for a slow phone's bandwidth (Lighthouse, simulated mobile: largest paint 1.9 s
        // with them, under 1.0 s without). main.tsx imports the app after the first frame, and Vite's
        // dynamic import then fetches its chunks in parallel; a click on the begin button meanwhile
        // waits in the page (src/ui/queued-click.ts).
        return inlineStyles(html, styles, bundle, base)
          .replace(
            CHARSET,
            `${CHARSET}\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />\n    <script>${head}</script>`,
          )
          .replace(
            ROOT,
            `<div id="root" data-prerendered="de">${de}</div><template id="root-en">${en}</template><script>${body}</script>`,
          )
      },
    },
  }
}
