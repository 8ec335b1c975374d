// The start page painted before any script: at build time, renders it to static HTML in German and
// English (src/app/prerender.tsx, through a Vite server in SSR mode), puts both into index.html with
// the two small inline scripts that keep the right one (src/app/first-paint.ts), and adds those
// scripts' hashes to the Content-Security-Policy — the only inline scripts the page may run. Also
// fails the build if the embedded questionnaire is invalid: the app uses it without validating it.
import { createHash } from 'node:crypto'
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

/** `policy(scriptHashes)` gives the Content-Security-Policy allowing the inline scripts with those hashes. */
export function firstPaint(policy: (scriptHashes: string[]) => string): Plugin {
  let root = process.cwd()
  return {
    name: 'groundwork-first-paint',
    apply: 'build',
    configResolved: (config) => {
      root = config.root
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (!html.includes(ROOT) || !html.includes(CHARSET))
          throw new Error(`index.html: the first paint needs ${ROOT} and ${CHARSET}`)
        const { de, en, head, body } = await prerenderStartPage(root)
        const csp = policy([sha256(head), sha256(body)])
        return html
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
