/**
 * (b) The site built under a sub-path (ATLAS_BASE=/atlas/) links only to files under /atlas/.
 * One astro build into a temp folder, reusing public/data from the data build.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { astroBuild } from '../support/build.ts';
import { checkLinks } from '../support/checks/links.ts';
import { formatProblems } from '../support/checks/problem.ts';
import { loadTree, pagesOf, type SiteTree } from '../../scripts/lib/site/site-files.ts';

const BASE = '/atlas/';
let outDir: string;
let tree: SiteTree;

beforeAll(() => {
  outDir = astroBuild({ base: BASE });
  tree = loadTree(outDir);
});
afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

test(`links resolve when the site is built under ${BASE}`, () => {
  expect(pagesOf(tree.keys()).length).toBeGreaterThan(0);
  const problems = checkLinks(tree, { base: BASE });
  expect(problems, formatProblems(problems)).toEqual([]);
});
