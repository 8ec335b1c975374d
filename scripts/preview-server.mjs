// Serves dist/ with `vite preview` on 127.0.0.1 for the browser suite, Lighthouse and benchmarks.
import { spawn } from 'node:child_process'

export async function startPreview(port = 4173) {
  const baseUrl = `http://127.0.0.1:${port}/`
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    stdio: ['ignore', 'ignore', 'inherit'],
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
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    try {
      if ((await fetch(baseUrl)).ok) return { baseUrl, stop }
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  stop()
  throw new Error(`preview server did not answer on ${baseUrl}`)
}
