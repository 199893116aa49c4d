import { describe, expect, it } from 'vitest';
import { decimal, flag, integer, jisCode, optionalCount, optionalText, text } from '../../../scripts/lib/columns.ts';

const message = (schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { message: string }[] } } }, value: string) =>
  schema.safeParse(value).error?.issues[0]?.message;

describe('column types', () => {
  it('jisCode takes two-digit codes 01–47 only', () => {
    expect(jisCode.parse(' 01 ')).toBe('01');
    expect(jisCode.parse('47')).toBe('47');
    for (const bad of ['1', '00', '48', '99', '１３', '']) expect(message(jisCode, bad)).toBe('a JIS prefecture code from 01 to 47');
  });

  it('decimal takes plain decimals within the range', () => {
    const ratio = decimal(0, 50);
    expect(ratio.parse('1.50')).toBe(1.5);
    expect(ratio.parse(' 0 ')).toBe(0);
    expect(ratio.parse('50')).toBe(50);
    for (const bad of ['50.01', '-0.37', 'n/a', '1,5', '1e2', '.5', '１．０７', ''])
      expect(message(ratio, bad)).toBe('a number from 0 to 50');
  });

  it('integer, optionalCount and flag', () => {
    expect(integer(1, 200).parse('11')).toBe(11);
    expect(message(integer(1, 200), '0')).toBe('a whole number from 1 to 200');
    expect(message(integer(1, 200), '1.0')).toBe('a whole number from 1 to 200');
    expect(optionalCount(1e9).parse('')).toBeUndefined();
    expect(optionalCount(1e9).parse('4213')).toBe(4213);
    expect(message(optionalCount(1e9), '-1')).toBe('an empty cell or a whole number from 0 to 1000000000');
    expect([flag.parse('1'), flag.parse('0')]).toEqual([true, false]);
    expect(message(flag, 'yes')).toBe('0 or 1');
  });
});

describe('text columns refuse control characters', () => {
  const outcome = (value: string) => {
    const result = text.safeParse(value);
    return result.success ? `ok ${JSON.stringify(result.data)}` : result.error.issues[0].message;
  };
  it.each([
    ['Hokkai\u0000do', 'text without control characters'],
    ['Hokkai\u0007do', 'text without control characters'],
    ['北海道\u000B', 'text without control characters'], // trimming would have hidden it
    ['\u000C', 'text without control characters'],
    ['Ao\u007Fmori', 'text without control characters'],
    ['Ao\u0085mori', 'text without control characters'],
    ['Ao\uFFFEmori', 'text without control characters'],
    [' 北海道 ', 'ok "北海道"'],
    ['a\tb', 'ok "a\\tb"'],
    ['', 'a non-empty text'],
  ])('%j → %s', (value, expected) => {
    expect(outcome(value)).toBe(expected);
  });

  it('optionalText too, before any later rule', () => {
    expect(optionalText.safeParse('').success).toBe(true);
    expect(optionalText.safeParse('x\u001By').error?.issues[0].message).toBe('text without control characters');
  });
});
