// The start page painted before any script: at build time, renders it to static HTML in German and
// English (src/app/prerender.tsx, through a Vite server in SSR mode), puts both into index.html with
// the two small inline scripts that keep the right one (src/app/first-paint.ts), and adds those
// scripts' hashes to the Content-Security-Policy — the only inline scripts the page may run. Also
// fails the build if the embedded questionnaire is invalid: the app uses it without validating it.
import { createHash } from 'node:crypto'
import type { OutputBundle, OutputChunk } from 'rolldown'
import { createServer, type Plugin } from 'vite'
import type { DeepLinkFiles } from '../src/app/first-paint.ts'

const ROOT = '<div id="root"></div>'
const CHARSET = '<meta charset="UTF-8" />'

const sha256 = (script: string) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`

interface Prerender {
  renderStartPage: (locale: 'de' | 'en') => Promise<string>
  scripts: { head: string; body: string; deepLink: (files: DeepLinkFiles) => string }
  defaultQuestionnaireProblem: () => string | null
}

async function prerenderStartPage(root: string): Promise<{ de: string; en: string } & Prerender['scripts']> {
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

const chunksOf = (bundle: OutputBundle) =>
  Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk')

/** The chunk of a module the app imports dynamically (a path from the project root), and every chunk it imports statically. */
function chunkFiles(bundle: OutputBundle, module: string): { scripts: string[]; styles: string[] } {
  // Its own chunk, or the one the bundler put it into beside others.
  const chunks = chunksOf(bundle)
  const chunk =
    chunks.find((c) => c.facadeModuleId?.endsWith(module)) ??
    chunks.find((c) => c.moduleIds.some((id) => id.endsWith(module)))
  if (!chunk) throw new Error(`the build has no chunk for ${module}`)
  const scripts = new Set<string>()
  const styles = new Set<string>()
  const visit = (next: OutputChunk | undefined) => {
    if (!next || next.isEntry || scripts.has(next.fileName)) return
    scripts.add(next.fileName)
    const css = (next as { viteMetadata?: { importedCss: Set<string> } }).viteMetadata?.importedCss
    for (const file of css ?? []) styles.add(file)
    for (const imported of next.imports) visit(bundle[imported] as OutputChunk | undefined)
  }
  visit(chunk)
  return { scripts: [...scripts], styles: [...styles] }
}

/** The styles of the app's own chunk (src/app/boot.tsx) and what it imports: the static start page needs them. */
const bootStyles = (bundle: OutputBundle): string[] => chunkFiles(bundle, '/src/app/boot.tsx').styles

/**
 * What a link straight to a page fetches at once (see preloadDeepLink in src/app/first-paint.ts):
 * the app and its workspace for any page; for the assessment's pages, their code and the
 * questionnaire. Other pages load theirs when the app asks, as before.
 */
function deepLinkFiles(bundle: OutputBundle, base: string): DeepLinkFiles {
  const files = (...modules: string[]) =>
    modules.flatMap((module) => {
      const { scripts, styles } = chunkFiles(bundle, module)
      return [...scripts, ...styles]
    })
  const questionnaire = Object.values(bundle).find(
    (file) => file.type === 'asset' && /^groundwork-[\w-]+\.json$/.test(file.fileName.split('/').pop() ?? ''),
  )
  if (!questionnaire) throw new Error('the build has no questionnaire file groundwork-*.json')
  const url = (file: string) => `${base}${file}`
  // Not the app's styles: the page links them already (see inlineStyles).
  const linked = bootStyles(bundle)
  const always = [...new Set(files('/src/app/boot.tsx', '/src/data/start.ts'))].filter((file) => !linked.includes(file))
  const page = (path: string, module: string) => ({
    path,
    // The questionnaire: the file, and the small module that knows its address.
    files: [...new Set([...files(module, '/questionnaires/groundwork.json?url'), questionnaire.fileName])]
      .filter((file) => !always.includes(file) && !linked.includes(file))
      .map(url),
  })
  return {
    always: always.map(url),
    pages: [
      page('^/assess/', '/src/features/assessment/step-page.tsx'),
      page('^/company$', '/src/features/assessment/company-page.tsx'),
      page('^/overview$', '/src/app/overview-route.tsx'),
    ],
  }
}

const cssSource = (bundle: OutputBundle | undefined, file: string): string => {
  const asset = bundle?.[file]
  if (asset?.type !== 'asset') throw new Error(`the build has no style sheet ${file}`)
  return typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source)
}

/**
 * The page's styles (the entry's and the app's, 3.5 KB gzip) inside the HTML: the first paint waits
 * for no other request. The sheets stay linked, disabled — never fetched, applying nothing — so that
 * starting the app finds them there (Vite's loader skips a sheet the page links) and neither loads
 * them again nor waits for them.
 */
function inlineStyles(html: string, bootStyles: string[], bundle: OutputBundle | undefined, base: string): string {
  const styles: string[] = []
  const entryStyles: string[] = []
  const withoutEntryLinks = html.replace(
    /\s*<link rel="stylesheet" crossorigin href="([^"]+\.css)">/g,
    (_link, href: string) => {
      entryStyles.push(href.slice(base.length))
      return ''
    },
  )
  styles.push(...[...entryStyles, ...bootStyles].map((file) => cssSource(bundle, file)))
  // The entry's sheet too: every chunk that imports the entry (Vite's loader lives there) lists it,
  // and the app's start would otherwise load it once more, and wait for it, before running.
  const bootLinks = [...entryStyles, ...bootStyles].map(
    (file) => `<link rel="stylesheet" media="not all" disabled href="${base}${file}">`,
  )
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
        const { de, en, head: firstScript, body, deepLink } = await prerenderStartPage(root)
        const head = bundle ? firstScript + deepLink(deepLinkFiles(bundle, base)) : firstScript
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
