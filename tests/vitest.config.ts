import { defineConfig } from 'vitest/config';

/**
 * Files that drive Chromium or run a whole Astro build. They share dist/, Astro's caches and the
 * two cores, so they run one file at a time, after the other files.
 */
const SITE_FILES = [
  'tests/browser/**/*.test.ts',
  'tests/site/determinism.test.ts',
  'tests/site/subpath.test.ts',
  'tests/pages/indicators-fixture.test.ts',
];

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Tests marked concurrent (browser pages, CLI runs) run two at a time: one per core.
    maxConcurrency: 2,
    projects: [
      {
        extends: true,
        test: {
          // Pure functions, data-pipeline runs into temporary folders and reads of dist/: two files at once.
          name: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: SITE_FILES,
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: SITE_FILES,
          fileParallelism: false,
          // Every browser test opens a context of its own, so two run at once (maxConcurrency): while
          // one waits on the page, the other has the second core. A test that times the page itself
          // is marked describe.sequential.
          sequence: { groupOrder: 1, concurrent: true },
        },
      },
    ],
  },
});
