import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { miniScatterSvg } from '../../src/charts/mini-scatter.ts';
import { escapeXml, xmlSafe } from '../../src/lib/xml-text.ts';

describe('xmlSafe() and escapeXml(): the one way text goes into SVG', () => {
  it('drops every character XML 1.0 forbids and keeps tab, line feed and carriage return', () => {
    const forbidden = [...Array(32).keys()].filter((c) => ![9, 10, 13].includes(c)).map((c) => String.fromCharCode(c));
    expect(forbidden).toHaveLength(29);
    expect(xmlSafe(`a${forbidden.join('')}b`)).toBe('ab');
    expect(xmlSafe('bell\u0007label')).toBe('belllabel');
    expect(xmlSafe('non\uFFFEchar\uFFFF')).toBe('nonchar');
    expect(xmlSafe('tab\tlf\ncr\r')).toBe('tab\tlf\ncr\r');
  });

  it('drops unpaired surrogates but keeps a pair (an emoji) whole', () => {
    expect(xmlSafe('a\uD800b\uDC00c')).toBe('abc');
    expect(xmlSafe('x😀y')).toBe('x😀y');
    expect(xmlSafe('😀'.slice(0, 1) + '東京')).toBe('東京');
  });

  it('keeps C1 controls, which XML allows, and every ordinary character', () => {
    expect(xmlSafe('\u0085東京都 Tokyo')).toBe('\u0085東京都 Tokyo');
  });

  it('escapes markup after dropping, so an attribute or text cannot be broken out of', () => {
    expect(escapeXml(`<img src=x onerror="alert(1)">&'\u0001`)).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;');
    expect(escapeXml(']]><svg/onload=alert(1)>')).toBe(']]&gt;&lt;svg/onload=alert(1)&gt;');
  });
});

describe('the your-data scatter with control characters in every label (review F2.2)', () => {
  const labels = ['bell\u0007label', 'vt\u000Blabel', 'esc\u001Blabel', 'nonchar\uFFFElabel', 'a', 'b', 'c'];
  const points = labels.map((label, i) => ({ label, x: i, y: (i * 7) % 5 }));
  const svg = miniScatterSvg(points, {
    width: 400,
    height: 300,
    xLabel: 'x\u0001axis',
    yLabel: 'y',
    title: 'title\u0007',
    description: 'desc',
    pointLabel: (p) => `${p.label}: ${p.x}, ${p.y}`,
    band: [],
  });

  it('is well-formed XML with all 7 points and no forbidden character', () => {
    expect(svg).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelectorAll('circle')).toHaveLength(7);
    expect([...doc.querySelectorAll('circle > title')].map((t) => t.textContent)).toEqual([
      'belllabel: 0, 0',
      'vtlabel: 1, 2',
      'esclabel: 2, 4',
      'noncharlabel: 3, 1',
      'a: 4, 3',
      'b: 5, 0',
      'c: 6, 2',
    ]);
    expect(svg).toContain('>xaxis</text>');
    expect(svg).toContain('<title id="your-data-svg-title">title</title>');
  });
});
