/**
 * npm run data: data/ → validated → derived → public/data/, all or nothing.
 * Usage: node scripts/build-data.ts [--data DIR] [--out DIR] (--out defaults to ATLAS_DATA_DIR, else public/data)
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { settings } from '../src/config.ts';
import { DataError, formatDataError } from './lib/data-error.ts';
import { derive } from './lib/derive.ts';
import { withDataPackage } from './lib/datapackage.ts';
import { dictionary } from './lib/dictionary.ts';
import { ingest, ingestRawTables, type RawData } from './lib/ingest.ts';
import type { NetworkData } from '../src/lib/network-data.ts';
import type { RawTableColumns } from './lib/column-schema.ts';
import { ingestNetworks, networkRawTables } from './lib/ingest-networks.ts';
import { ingestPlaybook } from './lib/ingest-playbook.ts';
import { ADJACENCY_COLUMNS, readAdjacency, readNetworkRules } from './lib/ingest-rules.ts';
import { deriveSuggestions } from './lib/derive-suggestions.ts';
import { renderOutputs, toJson } from './lib/outputs.ts';
import { writeFolderAtomically } from './lib/write-atomic.ts';

/** Every raw table datapackage.json publishes, with the columns its reader validates. */
export function publishedRawTables(raw: RawData, networks: NetworkData): Record<string, RawTableColumns> {
  return { ...ingestRawTables(raw), ...networkRawTables(networks), 'prefecture_adjacency.csv': { columns: ADJACENCY_COLUMNS } };
}

export function buildData(dataDir: string, outDir: string): Map<string, string> {
  const raw = ingest(dataDir);
  const derived = derive(raw);
  const metaOf = (id: string) => raw.indicators.find((i) => i.meta.id === id)!.meta;
  const entries = dictionary(
    raw.indicators.map((i) => i.meta),
    (id) => derived.summary.indicators.find((s) => s.id === id)!,
    metaOf(derived.summary.x),
    metaOf(derived.summary.y),
  );
  const files = renderOutputs(derived, entries);
  const networks = ingestNetworks(dataDir);
  const rules = readNetworkRules(join(dataDir, 'network_rules.csv'));
  const adjacency = readAdjacency(join(dataDir, 'raw', 'prefecture_adjacency.csv'));
  files.set('sources.json', toJson(raw.sources));
  files.set('networks.json', toJson(networks));
  files.set(
    'playbook.json',
    toJson(
      ingestPlaybook(
        dataDir,
        networks.caseStudies.map((c) => c.page),
      ),
    ),
  );
  files.set('suggestions.json', toJson(deriveSuggestions(derived.prefectures, derived.summary, networks, rules, adjacency)));
  // The data package describes (and adds) every file above, so it comes last.
  const published = withDataPackage(files, {
    dictionary: entries,
    sources: raw.sources,
    references: raw.sourceReferences,
    indicators: raw.indicators.map(({ meta }) => ({ file: meta.file, title: meta.title, page: meta.page, sources: meta.sources })),
    rawTables: publishedRawTables(raw, networks),
    dataDir,
  });
  writeFolderAtomically(outDir, published);
  return published;
}

if (import.meta.main) {
  const out = settings().dataDir ?? 'public/data';
  const { values } = parseArgs({ options: { data: { type: 'string', default: 'data' }, out: { type: 'string', default: out } } });
  try {
    const files = buildData(resolve(values.data), resolve(values.out));
    console.log(`data: wrote ${files.size} files to ${values.out}`);
  } catch (error) {
    if (error instanceof DataError) {
      console.error(formatDataError(error));
      process.exit(1);
    }
    throw error;
  }
}
