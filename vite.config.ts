import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// Offline after the first visit: a web app manifest and a Workbox service
// worker that precaches every built file, the simulation and statistics
// worker chunks included. The service worker is registered from src/pwa.ts,
// in production builds only (the dev server never has one). A new build waits
// until every tab of the app is closed, or until the user takes it up from the
// notice src/pwa.ts puts up (registerType 'prompt': the service worker skips
// waiting when the page asks it to; nothing else would make it take over).
const pwa = VitePWA({
  injectRegister: false,
  registerType: 'prompt',
  manifest: {
    name: 'Poverty policy simulator',
    short_name: 'Poverty sim',
    description: 'Monte Carlo microsimulation of household poverty, grants and microfinance, in the browser.',
    theme_color: '#0b5c7a',
    background_color: '#ffffff',
    display: 'standalone',
    icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,woff2}'],
    // Only the app's own files are cached; it asks nothing of any other origin.
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
  },
});

export default defineConfig({
  plugins: [react(), pwa],
  worker: { format: 'es' },
  build: {
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'd3', test: /node_modules[\\/](d3-[a-z]+|d3|internmap)[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['test/setup.ts'],
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    // A guard against hangs, not a speed limit: engine tests take seconds, more on a busy shared machine.
    testTimeout: 60_000,
  },
});
