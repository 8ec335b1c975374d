// Builds the app, serves it with `vite preview` on 127.0.0.1 and runs the real-browser suite.
// Set E2E_SKIP_BUILD=1 to reuse an existing dist/; extra arguments go to vitest (e.g. a file name).
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromiumPath } from './chromium-flags.mjs'
import { startPreview } from './preview-server.mjs'

if (!existsSync(chromiumPath)) {
  console.error(`Chromium not found at ${chromiumPath}: apt-get install -y chromium`)
  process.exit(1)
}
if (process.env.E2E_SKIP_BUILD !== '1') {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const { baseUrl, stop } = await startPreview(Number(process.env.E2E_PORT ?? 4173))
const args = ['vitest', 'run', '--config', 'tests/e2e/vitest.config.ts', ...process.argv.slice(2)]
const run = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, E2E_BASE_URL: baseUrl } })
stop()
process.exit(run.status ?? 1)
