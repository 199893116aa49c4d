/**
 * npm run tokens: writes src/styles/tokens.css (the design tokens as CSS custom properties) and the
 * colour swatches of docs/design-system.md from src/design/tokens.ts. tests/design/tokens.test.ts
 * fails when either is stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { swatchFiles } from '../src/design/swatches.ts';
import { tokensCss } from '../src/design/tokens.ts';
import { ROOT } from './lib/site/paths.ts';

writeFileSync(join(ROOT, 'src', 'styles', 'tokens.css'), tokensCss());
const dir = join(ROOT, 'docs', 'design-system');
mkdirSync(dir, { recursive: true });
for (const [name, svg] of Object.entries(swatchFiles())) writeFileSync(join(dir, name), svg);
console.log('wrote src/styles/tokens.css and docs/design-system/*.svg');
