import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser at a time: the machine has two cores and the app server needs one.
    fileParallelism: false,
    // One retry: a real browser on a loaded two-core machine occasionally misses a 30 s wait.
    // A failure that repeats still fails the suite.
    retry: 1,
  },
})
