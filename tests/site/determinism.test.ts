/**
 * (g) A clean astro build gives a tree byte-identical to dist/, itself the clean build the test
 * command makes just before the tests (`npm run build`), so two builds of one data build are
 * compared without paying for a third.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { astroBuild } from '../support/build.ts';
import { diffTrees, hashDir } from '../support/checks/determinism.ts';
import { formatProblems } from '../support/checks/problem.ts';
import { DIST } from '../support/paths.ts';

let fresh: string;

beforeAll(() => {
  fresh = astroBuild();
}, 240_000);
afterAll(() => {
  rmSync(fresh, { recursive: true, force: true });
});

test('a second clean build is byte-identical to dist/', () => {
  const [a, b] = [DIST, fresh].map(hashDir);
  expect(a.size).toBeGreaterThan(0);
  const problems = diffTrees(a, b);
  expect(
    problems,
    `first differing file: ${problems[0]?.file} (dist/ must be built from the current tree: npm run build)\n${formatProblems(problems)}`,
  ).toEqual([]);
});
