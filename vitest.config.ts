import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser and build tests start Chromium and read dist/: give them room on 2 cores.
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
