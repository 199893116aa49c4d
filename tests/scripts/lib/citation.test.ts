import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CITATION_FILE, readCitation } from '../../../scripts/lib/citation.ts';
import { readSources } from '../../../scripts/lib/sources.ts';
import { DATA } from '../../support/data-pipeline.ts';

const text = readFileSync(CITATION_FILE, 'utf8');

describe('CITATION.cff', () => {
  it('has the date of the first release and the project as author', () => {
    expect(readCitation(text)).toMatchObject({
      version: '0.1.0',
      dateReleased: '2026-11-29',
      author: 'Core-Talent Atlas project (中核人材アトラス制作チーム)',
    });
  });

  it('lists every source of data/sources.csv but the atlas itself, by its Japanese title', () => {
    const titles = [...text.matchAll(/^\s+title: "(.+)"$/gm)].map((m) => m[1]);
    const sources = readSources(join(DATA, 'sources.csv')).filter((s) => s.id !== 'atlas');
    for (const source of sources) {
      const title = source.title.ja.replace(/（MapSVGの日本地図に基づく）$/, '');
      expect(
        titles.some((t) => t.startsWith(title)),
        source.id,
      ).toBe(true);
    }
    expect(titles).toHaveLength(sources.length);
  });

  it('does not carry a title the guidebook does not give itself', () => {
    expect(text).not.toContain('中核ネットワークの形成と担い手の能力向上');
  });
});
