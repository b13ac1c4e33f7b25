import { defineConfig } from 'vitest/config';

// End-to-end tests drive the production build in real headless Chromium, and
// the headless CLI through Node worker threads. They run in Node, one file at a
// time, because each starts its own server or child processes.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
