/** The playbook as the pages see it: public/data/playbook.json, read once at build time. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from './atlas.ts';
import type { PlaybookData, PlaybookSection } from './playbook-data.ts';

let cache: PlaybookData | undefined;

export function playbook(): PlaybookData {
  cache ??= JSON.parse(readFileSync(join(DATA_DIR, 'playbook.json'), 'utf8')) as PlaybookData;
  return cache;
}

/** The id of a section's element on the page: phases are `phase-<id>`, the rest their own id. */
export function sectionAnchor(section: Pick<PlaybookSection, 'id' | 'kind'>): string {
  return section.kind === 'phase' ? `phase-${section.id}` : section.id;
}
