/** The checklist's URL state: the exact query it writes, and what it makes of mangled links. */
import { describe, expect, it } from 'vitest';
import {
  NOTE_MAX,
  decodeTicks,
  encodeTicks,
  readPlaybookPrefecture,
  readPlaybookState,
  writePlaybookState,
} from '../../src/lib/playbook-state.ts';

const SECTIONS = [
  { id: 'assess', itemCount: 3 },
  { id: 'plan', itemCount: 5 },
  { id: 'design', itemCount: 3 },
  { id: 'training', itemCount: 9 },
];
const ticks = (pattern: string) => [...pattern].map((c) => c === '1');

describe('bitsets', () => {
  it('writes item i as bit i, most significant hex digit first', () => {
    expect(encodeTicks(ticks('101'))).toBe('5');
    expect(encodeTicks(ticks('10001'))).toBe('11');
    expect(encodeTicks(ticks('111111111'))).toBe('1ff');
    expect(encodeTicks(ticks('000000001'))).toBe('100');
    expect(encodeTicks(ticks('000'))).toBe('');
  });

  it('reads back what it wrote, for every pattern of a five-item section', () => {
    for (let n = 0; n < 32; n++) {
      const pattern = Array.from({ length: 5 }, (_, i) => Boolean((n >> i) & 1));
      expect(decodeTicks(encodeTicks(pattern) || '0', 5)).toEqual(pattern);
    }
  });

  it('ignores bits past the last item and anything that is not hexadecimal', () => {
    expect(decodeTicks('ff', 3)).toEqual([true, true, true]);
    expect(decodeTicks('zz', 3)).toEqual([false, false, false]);
    expect(decodeTicks('-1', 3)).toEqual([false, false, false]);
    expect(decodeTicks('1'.repeat(65), 3)).toEqual([false, false, false]);
    expect(decodeTicks('', 2)).toEqual([false, false]);
  });
});

describe('the query string', () => {
  it('writes ticks per section, drops trailing empty sections and keeps notes per section', () => {
    const state = readPlaybookState('', SECTIONS);
    state.ticks.assess = ticks('101');
    state.ticks.plan = ticks('10001');
    state.notes.plan = '信金と面談 & 次回 10/1';
    expect(writePlaybookState(state, SECTIONS)).toBe(
      '?t=5.11&n-plan=%E4%BF%A1%E9%87%91%E3%81%A8%E9%9D%A2%E8%AB%87+%26+%E6%AC%A1%E5%9B%9E+10%2F1',
    );
    expect(readPlaybookState(writePlaybookState(state, SECTIONS), SECTIONS)).toEqual(state);
  });

  it('writes nothing for an untouched checklist, and 0 for an empty section before a ticked one', () => {
    const state = readPlaybookState('', SECTIONS);
    expect(writePlaybookState(state, SECTIONS)).toBe('');
    state.ticks.design = ticks('010');
    expect(writePlaybookState(state, SECTIONS)).toBe('?t=0.0.2');
  });

  it('reads what it can from a mangled link and ignores the rest', () => {
    const state = readPlaybookState('?t=7.xyz.2.fff.9&n-assess=ok%00%1b!&n-unknown=x&other=1', SECTIONS);
    expect(state.ticks).toEqual({
      assess: [true, true, true],
      plan: [false, false, false, false, false],
      design: [false, true, false],
      training: ticks('111111111'),
    });
    expect(state.notes).toEqual({ assess: 'ok!', plan: '', design: '', training: '' });
  });

  it(`cuts a note at ${NOTE_MAX} characters and keeps line breaks`, () => {
    const long = readPlaybookState(`?n-plan=${'あ'.repeat(NOTE_MAX + 5)}`, SECTIONS);
    expect(long.notes.plan).toHaveLength(NOTE_MAX);
    expect(readPlaybookState('?n-plan=a%0Ab', SECTIONS).notes.plan).toBe('a\nb');
  });
});

describe('the prefecture the checklist was opened for', () => {
  const SLUGS = ['akita', 'miyazaki'];

  it('reads a known slug and drops anything else', () => {
    expect(readPlaybookPrefecture('?pref=akita&t=7', SLUGS)).toBe('akita');
    expect(readPlaybookPrefecture('?pref=atlantis', SLUGS)).toBeNull();
    expect(readPlaybookPrefecture('?pref=', SLUGS)).toBeNull();
    expect(readPlaybookPrefecture('?t=7', SLUGS)).toBeNull();
    expect(readPlaybookPrefecture('?pref=miyazaki&pref=akita', SLUGS)).toBe('miyazaki');
  });

  it('writes it first, and alone when nothing is ticked', () => {
    const state = readPlaybookState('?t=3&n-plan=x', SECTIONS);
    expect(writePlaybookState(state, SECTIONS, 'akita')).toBe('?pref=akita&t=3&n-plan=x');
    expect(writePlaybookState(readPlaybookState('', SECTIONS), SECTIONS, 'akita')).toBe('?pref=akita');
    expect(writePlaybookState(state, SECTIONS)).toBe('?t=3&n-plan=x');
  });
});
