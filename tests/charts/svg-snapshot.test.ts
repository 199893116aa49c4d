/** The snapshot format of tests/support/svg-snapshot.ts: one element per line, generated names made stable. */
import { expect, test } from 'vitest';
import { normaliseGenerated, prettyMarkup, readableSvg } from '../support/svg-snapshot.ts';

test('one element per line, indented by depth; an element holding only text stays on its line', () => {
  expect(
    prettyMarkup('<svg a="x>y"><g><line x1="0"/><text x="1">a &lt; b</text><path d="M0"></path></g><style>.a {\n  b: c;\n}</style></svg>'),
  ).toBe(
    [
      '<svg a="x>y">',
      '  <g>',
      '    <line x1="0"/>',
      '    <text x="1">a &lt; b</text>',
      '    <path d="M0"></path>',
      '  </g>',
      '  <style>',
      '    .a {',
      '    b: c;',
      '    }',
      '  </style>',
      '</svg>',
      '',
    ].join('\n'),
  );
});

test("Plot's hashed class becomes `plot`; other plot-* names stay", () => {
  expect(normaliseGenerated('<svg class="plot-d6a7b5"><style>:where(.plot-d6a7b5 text) { --plot-background: white }</style></svg>')).toBe(
    '<svg class="plot"><style>:where(.plot text) { --plot-background: white }</style></svg>',
  );
});

test('generated ids count from 1 per kind in order of appearance', () => {
  expect(
    normaliseGenerated(
      '<clipPath id="plot-clip-7"/><g clip-path="url(#plot-clip-7)"/><clipPath id="plot-clip-9"/><marker id="plot-marker-4"/>',
    ),
  ).toBe('<clipPath id="plot-clip-1"/><g clip-path="url(#plot-clip-1)"/><clipPath id="plot-clip-2"/><marker id="plot-marker-1"/>');
});

test('readableSvg does both', () => {
  expect(readableSvg('<svg class="plot-0a1b2c"><g/></svg>')).toBe('<svg class="plot">\n  <g/>\n</svg>\n');
});
