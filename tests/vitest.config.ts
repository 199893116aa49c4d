import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser and build tests share dist/ and one Chromium; files run one at a time on two cores.
    fileParallelism: false,
    // Tests marked concurrent (browser pages, CLI runs) run two at a time: one per core.
    maxConcurrency: 2,
  },
});
