/** Where the project, its built site and the site fixtures live, for every test. */
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/site/paths.ts';

export { DIST, ROOT } from '../../scripts/lib/site/paths.ts';
export const FIXTURES = join(ROOT, 'tests', 'fixtures', 'site');
