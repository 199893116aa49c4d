/** How the playbook writes page lists and marks which words are the guidebook's. */
import { describe, expect, it } from 'vitest';
import { pageRuns, splitTerm } from '../../src/lib/playbook-data.ts';

describe('pageRuns', () => {
  it('joins consecutive pages into a range and lists the rest', () => {
    expect(pageRuns([62, 63], ', ')).toBe('62–63');
    expect(pageRuns([25, 30, 32], '、')).toBe('25、30、32');
    expect(pageRuns([36, 37, 38, 40], ', ')).toBe('36–38, 40');
    expect(pageRuns([39], ', ')).toBe('39');
  });
});

describe('splitTerm', () => {
  it('keeps a STEP prefix and a qualifier in （） outside the quoted guidebook term', () => {
    expect(splitTerm('STEP0 顧客開拓')).toEqual({ before: 'STEP0 ', quoted: '顧客開拓', after: '' });
    expect(splitTerm('講義（OFF-JT）')).toEqual({ before: '', quoted: '講義', after: '（OFF-JT）' });
    expect(splitTerm('地域企業のニーズ把握')).toEqual({ before: '', quoted: '地域企業のニーズ把握', after: '' });
  });
});
