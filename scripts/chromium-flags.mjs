// The one set of flags for Debian's chromium, shared by the browser tests, the benchmark and
// Lighthouse: headless, sandbox off (containers), and nothing that phones home.
export const chromiumPath = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium'

export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
]
