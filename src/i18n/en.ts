import type { Strings } from './strings.ts';

export const en: Strings = {
  siteName: 'Core-Talent Atlas',
  siteTagline: 'Core-talent shortage and the placement market in 47 prefectures',
  skipToContent: 'Skip to content',
  languageSwitch: '日本語',
  languageSwitchLabel: '日本語版のこのページ (Japanese)',
  nav: {
    label: 'Site navigation',
    home: 'Home',
    scatter: 'Scatter',
    rankings: 'Rankings',
    prefectures: 'Prefectures',
    methods: 'Data & methods',
  },
  footer: {
    sources:
      'Sources: MHLW Employment Security Statistics (September 2021); SME Agency, Number of SMEs and small businesses (June 2016); MHLW Human Resources Services website (March 2022); SME Agency guidebook on core networks and supporter capacity.',
    licence:
      'Government statistics used under the Public Data License (Version 1.0); processed by this site.',
    methodsLink: 'Sources and methods in full',
  },
  units: { ratio: '×', smes: 'SMEs' },
  groups: { metro: 'Three metropolitan areas', regional: 'Rest of Japan' },
  home: {
    national: 'National',
    sourceLine: (source: string, page: number) => `Source: ${source} (guidebook p.${page})`,
    title: 'Core-Talent Atlas: the shortage of core talent by prefecture',
    description:
      'A data atlas comparing the managerial job-opening ratio with the number of SMEs per paid employment agency across 47 prefectures.',
    headline: (r: string) =>
      `Where each private placement agency serves more SMEs, managerial vacancies tend to be harder to fill (47 prefectures, r = ${r}).`,
    contrastsHeading: 'Metropolitan areas and the rest of Japan',
    contrastsIntro:
      'On both indicators the rest of Japan is above the three metropolitan areas. The published figure (computed from totals) stands beside the plain mean of the prefecture values.',
    published: 'Published',
    meanOfRatios: 'Mean of prefectures',
    whyDiffer:
      'Published figures divide the area’s summed counts, so populous prefectures weigh more; the plain mean gives each prefecture equal weight, so the two differ.',
    next: 'Explore further',
    nextScatter: 'The correlation in detail',
    nextRankings: 'All 47 prefectures ranked',
    nextMethods: 'Sources and methods',
  },
  scatter: {
    title: 'Scatter: a thin placement market and the managerial shortage',
    description:
      'SMEs per paid employment agency (x) against the managerial job-opening ratio (y), with the least-squares line and its 95% band.',
    why: 'Market thinness is on the x axis (the explanatory side) and the shortage on the y axis (the outcome), as in the guidebook’s own chart.',
    colourBy: 'Colour by',
    colourGroup: 'Metropolitan / rest of Japan',
    colourBlock: 'Regional block',
    xScale: 'x-axis scale',
    linear: 'Linear',
    log: 'Log',
    highlight: 'Highlight a prefecture',
    none: '(none)',
    statsHeading: 'Correlation and fit',
    pearson: 'Pearson’s r',
    spearman: 'Spearman’s ρ',
    pValue: 'p-value (two-sided, no correlation)',
    ci: '95% confidence interval for r',
    fit: 'Fitted line',
    rSquared: 'R²',
    publishedR: 'r as published in the guidebook',
    publishedNote:
      'The guidebook computed r from unrounded data; this site recomputes it from the published values, which are rounded to one or two decimals, so the two differ slightly.',
    band: 'Strength (the guidebook’s bands)',
    labelled: (k: number) => `The ${k} prefectures farthest from the fitted line are labelled.`,
    tableLink: 'Data behind this chart (table)',
    legendHeading: 'Legend',
    fitLegend: 'Fitted line and 95% band',
    nationalLegend: 'Dashed: national figure',
    tooltipResidual: 'Residual from the fit',
    keyboardHint: 'Move between points with Tab or the arrow keys; Enter opens that prefecture’s page.',
  },
  rankings: {
    title: 'Rankings: all 47 prefectures',
    description: 'Prefecture rankings for the managerial job-opening ratio and SMEs per paid employment agency.',
    caption: 'Both indicators for 47 prefectures, with ranks and the difference from the national figure (highest job-opening ratio first)',
    sortHint: 'Sort with the buttons in the column headers.',
    prefecture: 'Prefecture',
    rank: 'Rank',
    vsNational: 'vs national',
    group: 'Area',
    block: 'Block',
    sortBy: (column: string) => `Sort by ${column}`,
  },
  methods: {
    title: 'Data & methods',
    description: 'Sources, definitions, formulas, and why the recomputed figures differ from the published ones.',
  },
  prefectures: {
    title: 'Prefectures',
    description: 'Links to the profiles of all 47 prefectures.',
    profileTitle: (name: string) => `${name}: prefecture profile`,
    profileDescription: (name: string) => `${name}: managerial job-opening ratio and the depth of the placement market.`,
  },
  table: {
    value: 'Value',
    rank: 'Rank',
  },
  chart: {
    axisLabel: (title: string, unit: string) => `${title} (${unit})`,
    pointLabel: (name: string, x: string, y: string) => `${name}: ${x} SMEs per paid employment agency; managerial job-opening ratio ${y}`,
    scatterTitle: 'SMEs per paid employment agency and the managerial job-opening ratio',
    scatterDescription: (r: string, n: number) =>
      `Scatterplot of ${n} prefectures. x: SMEs per paid employment agency; y: managerial job-opening ratio. The points rise to the right (r = ${r}).`,
  },
};
