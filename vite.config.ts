/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// GROUNDWORK_BASE lets the built app live under a sub-path, e.g. /tools/groundwork/.
export default defineConfig({
  base: process.env.GROUNDWORK_BASE ?? './',
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false, manifest: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    globals: true,
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['./tests/setup.ts'],
    restoreMocks: true,
  },
})
