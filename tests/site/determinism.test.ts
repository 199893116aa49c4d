/**
 * (g) Two clean astro builds after one data build give byte-identical trees.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { astroBuild, dataBuild } from '../support/build.ts';
import { diffTrees, hashDir } from '../support/checks/determinism.ts';
import { formatProblems } from '../support/checks/problem.ts';

const dirs: string[] = [];

beforeAll(() => {
  dataBuild();
  dirs.push(astroBuild(), astroBuild());
}, 240_000);
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

test('two clean builds are byte-identical', () => {
  const [a, b] = dirs.map(hashDir);
  expect(a.size).toBeGreaterThan(0);
  const problems = diffTrees(a, b);
  expect(problems, `first differing file: ${problems[0]?.file}\n${formatProblems(problems)}`).toEqual([]);
});
