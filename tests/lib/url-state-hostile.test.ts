/**
 * The query-string readers of the scatter, map and compare islands against hostile input (the
 * review's §1 list and more): each input gives exactly the stated view, and writing that view back
 * gives the address the page then shows. Nothing a reader returns comes from the input unless it
 * is in the allow-list or the set of known slugs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCompareSlugs, writeCompareSlugs } from '../../src/lib/compare-state.ts';
import { readMapState, writeMapState } from '../../src/islands/map-island.ts';
import { readState, writeState } from '../../src/islands/scatter-island.ts';
import { DISGUISED_SLUGS, enc, XSS } from '../support/hostile.ts';

const SLUGS = new Set(['hokkaido', 'aomori', 'tokyo', 'osaka', 'kyoto', 'okinawa']);
const LONG = 'A'.repeat(100_000);

describe('scatter: ?colour=&x=&p=', () => {
  const DEFAULT = { colour: 'group', x: 'linear', p: '' };
  it.each<[string, object]>([
    ...XSS.map((s): [string, object] => [`?colour=${enc(s)}&x=${enc(s)}&p=${enc(s)}`, DEFAULT]),
    ['?colour=__proto__&x=constructor&p=toString', DEFAULT],
    [`?colour=${LONG}&x=${LONG}&p=${LONG}`, DEFAULT],
    ['?colour=BLOCK&x=LOG&p=TOKYO', DEFAULT],
    ['?colour=block&colour=group&x=log&x=linear', { colour: 'block', x: 'log', p: '' }],
    [`?p=${enc('東京')}`, DEFAULT],
    ...DISGUISED_SLUGS.map((s): [string, object] => [`?p=${enc(s)}`, DEFAULT]),
    ['?p=%20tokyo%20', DEFAULT],
    ['?p=tokyo%23x', DEFAULT],
    ['?p=%E0%A4%A', DEFAULT], // a broken percent-escape
    ['?colour=block&x=log&p=tokyo', { colour: 'block', x: 'log', p: 'tokyo' }],
    ['?colour=block&x=log&p=tokyo&extra=<b>', { colour: 'block', x: 'log', p: 'tokyo' }],
    ['', DEFAULT],
  ])('%s', (search, state) => {
    expect(readState(search, SLUGS)).toEqual(state);
    expect(readState(writeState(readState(search, SLUGS)), SLUGS)).toEqual(state);
  });

  it('writes the default view as the plain address and the rest in a fixed order', () => {
    expect(writeState(readState(`?p=${enc(XSS[0])}`, SLUGS))).toBe('');
    expect(writeState(readState('?p=tokyo&x=log&colour=block&junk=1', SLUGS))).toBe('?colour=block&x=log&p=tokyo');
  });
});

describe('map: ?indicator=&classes=', () => {
  const DEFAULT = { indicator: 'jobOpeningRatio', classes: 'quantile' };
  it.each<[string, object]>([
    ...XSS.map((s): [string, object] => [`?indicator=${enc(s)}&classes=${enc(s)}`, DEFAULT]),
    ['?indicator=__proto__&classes=constructor', DEFAULT],
    [`?indicator=${LONG}&classes=${LONG}`, DEFAULT],
    ['?indicator=BIVARIATE&classes=EQUAL', DEFAULT],
    ['?indicator=bivariate&indicator=smesPerAgency&classes=equal&classes=quantile', { indicator: 'bivariate', classes: 'equal' }],
    ['?indicator=smesPerAgency&classes=equal', { indicator: 'smesPerAgency', classes: 'equal' }],
    ['?indicator=smesPerAgency#<img src=x onerror=alert(1)>', { indicator: 'smesPerAgency', classes: 'quantile' }],
  ])('%s', (search, state) => {
    const query = search.split('#')[0];
    expect(readMapState(query)).toEqual(state);
    expect(readMapState(writeMapState(readMapState(query)))).toEqual(state);
  });

  it('writes the default view as the plain address', () => {
    expect(writeMapState(readMapState(`?indicator=${enc(XSS[1])}`))).toBe('');
    expect(writeMapState(readMapState('?classes=equal&indicator=bivariate'))).toBe('?indicator=bivariate&classes=equal');
  });
});

describe('compare: ?p=a,b,c', () => {
  // The compare page's cards: one per prefecture, named by the slug in data/raw/prefectures.csv.
  const [header = '', ...rows] = readFileSync(new URL('../../data/raw/prefectures.csv', import.meta.url), 'utf8')
    .trim()
    .split('\n');
  const slugColumn = header.split(',').indexOf('slug');
  const known = new Set(rows.map((line) => line.split(',')[slugColumn]));
  it('knows the 47 slugs', () => expect(known.size).toBe(47));
  it.each<[string, string[]]>([
    ...XSS.map((s): [string, string[]] => [`?p=${enc(s)}`, ['aomori', 'tokyo']]),
    [`?p=${enc('"],template[data-card="tokyo')}`, ['aomori', 'tokyo']],
    [`?p=${LONG}`, ['aomori', 'tokyo']],
    ['?p=unknown-slug,nope', ['aomori', 'tokyo']],
    ['?p=tokyo,tokyo,tokyo', ['tokyo', 'aomori']],
    ['?p=hokkaido,aomori,iwate,miyagi,akita', ['hokkaido', 'aomori', 'iwate', 'miyagi']],
    ['?p=__proto__,constructor,toString', ['aomori', 'tokyo']],
    [`?p=${enc('東京都,とうきょう')}`, ['aomori', 'tokyo']],
    ['?p=TOKYO,Osaka', ['aomori', 'tokyo']],
    ...DISGUISED_SLUGS.map((s): [string, string[]] => [`?p=${enc(s)}`, ['aomori', 'tokyo']]),
    ['?p=tokyo,', ['tokyo', 'aomori']],
    ['?p=,,,,', ['aomori', 'tokyo']],
    ['?p=%20tokyo%20,%20osaka%20', ['tokyo', 'osaka']],
    ['?p=osaka&p=kyoto,hokkaido', ['osaka', 'aomori']],
    ['?p=okinawa,hokkaido', ['okinawa', 'hokkaido']],
  ])('%s', (search, slugs) => {
    expect(readCompareSlugs(search, known)).toEqual(slugs);
    expect(readCompareSlugs(writeCompareSlugs(readCompareSlugs(search, known)), known)).toEqual(slugs);
  });
});
