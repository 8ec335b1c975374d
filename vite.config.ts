/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { firstPaint } from './scripts/first-paint-plugin.ts'

/**
 * Answers never leave the browser: the built app may load and connect to its own origin only.
 * Styles allow 'unsafe-inline' because charts set style attributes; no inline script runs but the
 * two of the first paint, each allowed by its hash. Added at build time only: the dev server needs
 * inline scripts for hot reloading.
 */
export const contentSecurityPolicy = (scriptHashes: string[]) =>
  [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...scriptHashes].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self' data: blob:",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ')

/**
 * Library parts the PDF worker never runs but would set up as it starts, in the way of a cold PDF
 * (some 100 ms in a worker profile): react-pdf's English hyphenation patterns, fontkit's WOFF2
 * decoder, pdfkit's AES. Each is replaced by a stub that says why (src/features/pdf/worker-stubs).
 */
const workerStubs = new Map([
  ['@react-pdf/hyphenate/en-us', 'hyphenation'],
  ['brotli/decompress.js', 'woff2'],
  ['@noble/ciphers/aes', 'aes'],
])
const pdfWorkerStubs: Plugin = {
  name: 'pdf-worker-stubs',
  enforce: 'pre',
  resolveId(id) {
    const stub = workerStubs.get(id)
    return stub ? fileURLToPath(new URL(`./src/features/pdf/worker-stubs/${stub}.ts`, import.meta.url)) : null
  },
}

// GROUNDWORK_BASE lets the built app live under a fixed sub-path, e.g. /tools/groundwork/.
export default defineConfig({
  base: process.env.GROUNDWORK_BASE ?? './',
  plugins: [
    react(),
    // The start page prerendered into index.html, with the CSP (see scripts/first-paint-plugin.ts).
    firstPaint(contentSecurityPolicy),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'Groundwork – Standortbestimmung im digitalen Zeitalter',
        short_name: 'Groundwork',
        description:
          'Geschäftsmodell zuerst, Werkzeuge später: eine Selbsteinschätzung für kleine und mittlere Unternehmen.',
        lang: 'de',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        background_color: '#f7f4ee',
        theme_color: '#1f4e5f',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        // Everything, the report, PDF and font chunks and the QR reader's .wasm too: the app must work fully offline.
        globPatterns: ['**/*.{js,css,html,svg,png,ttf,woff2,json,webmanifest,wasm}'],
        maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first visit's page is served by the worker at once: offline works without a second load.
        clientsClaim: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    manifest: true,
    // The app's start (src/main.tsx, the entry chunk index-*.js) imports its steps without Vite's
    // preload links: adding a score of <link> elements costs a phone's main thread tens of
    // milliseconds right after the first paint (Lighthouse's blocking time), and the browser finds
    // each step's files from its imports anyway. Other dynamic imports keep them.
    modulePreload: {
      resolveDependencies: (_file, deps, { hostId }) =>
        /(^|\/)index-[^/]+\.js$/.test(hostId) ? deps.filter((dep) => dep.endsWith('.css')) : deps,
    },
  },
  // The PDF worker is a module worker (src/features/pdf/pdf-client.ts), built as an ES module too.
  worker: { format: 'es', plugins: () => [pdfWorkerStubs] },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    globals: true,
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['./tests/setup.ts'],
    restoreMocks: true,
  },
})
