/** Where the project and its built site live, for every test and the bench. */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = join(ROOT, 'dist');
export const FIXTURES = join(ROOT, 'tests', 'fixtures', 'site');
export { CHROMIUM_PATH } from '../../src/settings.ts';
