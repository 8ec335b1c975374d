// Builds the app, serves it with `vite preview` on 127.0.0.1 and runs the real-browser suite.
// Set E2E_SKIP_BUILD=1 to reuse an existing dist/.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const port = Number(process.env.E2E_PORT ?? 4173)
const baseUrl = `http://127.0.0.1:${port}/`

if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
  console.error('Chromium not found at /usr/bin/chromium: apt-get install -y chromium')
  process.exit(1)
}
if (process.env.E2E_SKIP_BUILD !== '1') {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
  stdio: ['ignore', 'pipe', 'inherit'],
  detached: true,
})
const stop = () => {
  try {
    process.kill(-server.pid, 'SIGTERM')
  } catch {
    // already gone
  }
}
process.on('exit', stop)

async function waitForServer() {
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    try {
      const response = await fetch(baseUrl)
      if (response.ok) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`preview server did not answer on ${baseUrl}`)
}

await waitForServer()
const args = ['vitest', 'run', '--config', 'tests/e2e/vitest.config.ts', ...process.argv.slice(2)]
const run = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, E2E_BASE_URL: baseUrl } })
stop()
process.exit(run.status ?? 1)
