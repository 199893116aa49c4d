/** The built dist/ tree, loaded once per test file, and the base path it was built for. */
import { existsSync } from 'node:fs';
import { settings } from '../../src/config.ts';
import { DIST } from './paths.ts';
import { listPages, loadTree, type SiteTree } from '../../scripts/lib/site/site-files.ts';

export const BASE_PATH = settings().base;

export function loadDist(): SiteTree {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` first');
  return loadTree(DIST);
}

export const distPages = () => listPages(DIST);
