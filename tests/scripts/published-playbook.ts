/**
 * The guidebook's practical half as its text gives it (the seed extraction), typed by hand and
 * independent of data/playbook/: the tests compare the two. Page numbers follow the printed
 * numbers in the text (16, 17, 19, 28, 50, 52, 59, 66) and the guidebook's own chapter map on
 * p.3 (P.6-13, P.14-22, P.24-34, P.35-39, P.41-59, P.60-67): each chapter section opens on a
 * title page (p.14, 24, 35, 41, 60), so the overview of 論点 and phases is p.25 and the four
 * pages of points and actions are pp.30–33.
 */

/** 「活用シーンMAP」(p.3): the chapter sections and their page ranges. */
export const GUIDEBOOK_CHAPTERS: readonly [title: string, first: number, last: number][] = [
  ['地域における中核人材確保の現状と課題', 6, 13],
  ['事業の概要', 14, 22],
  ['「中核ネットワーク形成」の要点・示唆', 24, 34],
  ['「担い手の支援能力向上」の要点・示唆', 35, 39],
  ['「中核ネットワーク形成」の取組事例', 41, 59],
  ['「担い手の支援能力向上」の取組事例', 60, 67],
];

/** The page after p.67: 「ガイドライン・ツール・事例集等のご紹介」, the last page of the text. */
export const RELATED_PAGE = 68;
export const RELATED_TITLES = [
  '中小企業・小規模事業者人手不足対応ガイドライン（改訂版）',
  '人材確保支援ツール',
  '中小企業・小規模事業者の人手不足への対応事例',
  '「伴走支援の在り方検討会」の報告書',
];

/** p.25: 「ネットワークの「必要性」「有効性」「持続性」の担保」, 論点①②③. */
export const ISSUES = ['必要性', '有効性', '持続性'] as const;

/** p.25: 「「現状把握」「構想/計画」「設計/仕組化」「形成・稼働」のフェーズに整理されます」. */
export const PHASES = ['現状把握', '構想/計画', '設計/仕組化', '形成・稼働'] as const;

/**
 * The 取組事項 of each phase in the tables of pp.30–31 (「取組事項 / 取組のポイント」), in the
 * tables' order. 費用構造・事業スキームの設計 stands under 設計/仕組化, as in the p.25 figure
 * (「ネットワーク運営の費用構造・事業スキームの設計」 in the column 持続化ネットワークの設計/仕組化).
 */
export const PHASE_TASKS: Record<(typeof PHASES)[number], { page: number; tasks: string[] }> = {
  現状把握: { page: 30, tasks: ['地域企業のニーズ把握', '経営支援機関の実態把握と対話', 'ネットワークの必要性・意義の確認'] },
  '構想/計画': {
    page: 30,
    tasks: [
      '支援ターゲットの設定',
      'コンセプトの明確化',
      '目指す姿とロードマップの検討',
      '中核機関の役割・機能整理',
      'ステークホルダーの整理/役割分担',
    ],
  },
  '設計/仕組化': {
    page: 31,
    tasks: ['補完関係の形成とインセンティブの検討', '費用構造・事業スキームの設計', '案件取次フロー・情報共有方法等の運用ルールの策定'],
  },
  '形成・稼働': { page: 31, tasks: ['経営支援機関への呼びかけ', '継続的なコミットメントを引き出す仕掛け', '定期的な効果検証と振り返り'] },
};

/**
 * Short terms that stand on other pages the checklist cites (line breaks of the extraction
 * removed): the 5STEP labels of p.37–38, the traits table of p.38, the training methods of p.39
 * and the supporter-mentor case of p.62.
 */
export const PAGE_TERMS: Record<number, string[]> = {
  37: ['顧客開拓', '経営課題の明確化', '課題解決策の提案', '人材要件定義/取り繋ぎ', '人材紹介支援', '定着支援/モニタリング'],
  38: [
    '顧客開拓',
    '経営課題の明確化',
    '課題解決策の提案',
    '人材要件定義/取り繋ぎ',
    '定着支援/モニタリング',
    '他組織との情報連携意識',
    '顧客満足の追求',
  ],
  39: [
    '講義',
    'ケーススタディー',
    'OJTの対象企業',
    '経営者との対話',
    '専門家からフィードバック',
    'PDCA',
    '体験談/成功事例',
    '知識・経験を組織に持ち帰り',
    '総論',
    '各論',
    'OFF-JT',
  ],
  62: ['担い手サポーター', '担い手候補者'],
};

/** STEPs whose practice points and traits pp.37–38 give; STEP4 is the talent firms' (p.36). */
export const PRACTICE_STEPS = [0, 1, 2, 3, 5];

/** First pages of the case studies in the lists of p.42 (P.43-45 … P.57-59) and p.61 (P.62-63, P.64-65). */
export const CASE_FIRST_PAGES = [43, 46, 49, 53, 57, 62, 64];
