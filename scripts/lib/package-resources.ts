/** What each file of public/data/ is, in both languages; columns are described by the dictionary. */
import type { Bilingual } from '../../src/lib/derived-data.ts';

/** What each derived file is, in both languages. Columns are described by the dictionary. */
export const DERIVED: Record<string, { title: Bilingual; description: Bilingual }> = {
  'prefectures.csv': {
    title: { ja: '都道府県データ（CSV、Excel用BOM付きUTF-8）', en: 'Prefecture data (CSV, UTF-8 with BOM for Excel)' },
    description: {
      ja: '47都道府県の2指標と、順位・zスコア・全国値等との差・回帰の当てはめ値と残差。BOM付きなのでExcelでそのまま開けます。',
      en: 'Both indicators for the 47 prefectures with ranks, z-scores, differences from national and regional figures, fitted values and residuals. The BOM lets Excel open it as UTF-8.',
    },
  },
  'prefectures.utf8.csv': {
    title: { ja: '都道府県データ（CSV、BOMなしUTF-8）', en: 'Prefecture data (CSV, plain UTF-8)' },
    description: {
      ja: 'prefectures.csv と同じ内容で、先頭にBOMがありません。R・Python・コマンドラインのツール向け。',
      en: 'The same table as prefectures.csv without the byte-order mark, for R, Python and command-line tools.',
    },
  },
  'prefectures.json': {
    title: { ja: '都道府県データ（JSON）', en: 'Prefecture data (JSON)' },
    description: {
      ja: 'prefectures.csv と同じ内容のオブジェクト配列。空欄は null。',
      en: 'The same table as an array of objects; empty cells are null.',
    },
  },
  'summary.json': {
    title: { ja: '統計の要約（JSON）', en: 'Statistics summary (JSON)' },
    description: {
      ja: '相関係数（ピアソン・スピアマン）、p値、信頼区間、回帰式、回帰帯、地域別の集計値（公表値・単純平均・比の合計）。',
      en: 'Correlations (Pearson, Spearman), p-value, confidence interval, fitted line and band, and regional figures (published, mean of ratios, ratio of sums).',
    },
  },
  'data-dictionary.csv': {
    title: { ja: 'データ辞書（CSV、BOM付き）', en: 'Data dictionary (CSV, with BOM)' },
    description: {
      ja: 'prefectures.csv の各列の意味・単位・出典・時点。',
      en: 'Meaning, unit, source and vintage of every column of prefectures.csv.',
    },
  },
  'data-dictionary.json': {
    title: { ja: 'データ辞書（JSON）', en: 'Data dictionary (JSON)' },
    description: { ja: 'data-dictionary.csv と同じ内容。', en: 'The same dictionary as JSON.' },
  },
  'suggestions.json': {
    title: { ja: 'ネットワーク類型の提案（JSON）', en: 'Network-type suggestions (JSON)' },
    description: {
      ja: '都道府県ごとのネットワーク類型の提案と、その理由・近い事例・役割分担。',
      en: 'The suggested network type for every prefecture, with its reasons, the nearest case studies and the role split.',
    },
  },
  'playbook.json': {
    title: { ja: 'プレイブック（JSON）', en: 'Playbook (JSON)' },
    description: {
      ja: 'ガイドブックの3つの論点、4つの取組フェーズ、5STEP実践と担い手育成のチェック項目（本サイトの要約とガイドブックのページ）、章とページの対応表、関連資料。',
      en: 'The guidebook’s three 論点, four 取組フェーズ, 5STEP practice and supporter-training checklist items (summarised by this site, with guidebook pages), the chapter map and related material.',
    },
  },
  'sources.json': {
    title: { ja: '出典の一覧（JSON）', en: 'Sources (JSON)' },
    description: {
      ja: 'data/sources.csv の内容：出典ごとの発行者・名称・時点（または時点がない理由）・URL・利用条件・本サイトでの使い方。各表の source 列はこの id を指します。',
      en: 'The contents of data/sources.csv: for each source its publisher, title, date (or why there is none), address, terms and how the atlas used it. Every table’s source column refers to these ids.',
    },
  },
  'networks.json': {
    title: { ja: 'ネットワーク・実証事業データ（JSON）', en: 'Networks and pilot data (JSON)' },
    description: {
      ja: '中核ネットワークの類型と連携パターン、STEP0〜5、支援機関の種類、令和3年度（2021年度）実証事業の団体・KPI・事例（ガイドブック第2〜3章）。',
      en: 'The four network types, STEP0–5, support organisation types, and the FY2021 pilot’s organisations, KPIs and case studies (guidebook chapters 2–3).',
    },
  },
};

/** The guidebook tables transcribed in data/raw/, by file name. Files not listed get a generic line. */
export const RAW_TITLES: Record<string, Bilingual> = {
  'prefectures.csv': {
    ja: '都道府県の一覧（コード・名称・三大都市圏・地方ブロック）',
    en: 'Prefectures: codes, names, metropolitan areas and regional blocks',
  },
  'published_aggregates.csv': {
    ja: 'ガイドブック掲載の全国・三大都市圏・地方の値',
    en: 'National, metropolitan and rest-of-Japan figures as printed in the guidebook',
  },
  'published_correlation.csv': { ja: 'ガイドブック掲載の相関係数', en: 'The correlation coefficient as printed in the guidebook' },
  'network_types.csv': { ja: '中核ネットワークの連携パターン（4通り）', en: 'The four network pairings (連携パターン)' },
  'steps.csv': { ja: '支援のSTEP0〜5', en: 'The support steps STEP0–5' },
  'organisation_types.csv': { ja: '支援機関の種類と担うSTEP', en: 'Support organisation types and the steps they cover' },
  'role_splits.csv': { ja: '類型別のSTEPごとの役割分担の例', en: 'Example role splits by network type and step' },
  'pilot_organisations.csv': { ja: '令和3年度（2021年度）実証事業の参加団体', en: 'Organisations in the FY2021 pilot' },
  'pilot_kpis.csv': { ja: '令和3年度（2021年度）実証事業のKPI（計画と実績）', en: 'FY2021 pilot KPIs, planned and achieved' },
  'case_studies.csv': { ja: 'ネットワークと担い手育成の事例', en: 'Network and supporter-training case studies' },
  'pro_jinzai_presence.csv': {
    ja: 'プロフェッショナル人材戦略拠点・よろず支援拠点の設置状況',
    en: 'Where Professional Talent Strategy Hubs and Yorozu Support Centers exist',
  },
  'prefecture_adjacency.csv': { ja: '都道府県の隣接関係', en: 'Which prefectures border each other' },
  'network_leads.csv': { ja: '公主導型・民主導型の2つの類型', en: 'The two 類型: public-led and private-led' },
  'pairing_examples.csv': { ja: '連携パターンごとの機関の組み合わせの例', en: 'Example pairs of organisations for each 連携パターン' },
  'pattern_points.csv': { ja: '類型・連携パターン別の取組のポイント', en: 'Points of practice by 類型 and 連携パターン' },
  'pilot_networks.csv': { ja: '令和3年度（2021年度）実証事業のネットワークと対象地域', en: 'Networks and areas of the FY2021 pilot' },
  'role_split_example.csv': { ja: '役割分担の例に登場する機関', en: 'Organisations in the example role split' },
  'step_evidence.csv': {
    ja: '支援機関の種類ごとに強みとされるSTEPと根拠',
    en: 'The steps each organisation type is said to be strong at, with the passage',
  },
};
