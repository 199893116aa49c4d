/**
 * The "your data" worker: runs the page's whole reading path (src/lib/your-data-read.ts: checks,
 * decoding, parsing, the header, the site's statistics) off the main thread, so that a
 * 500,000-row file never freezes the page. It makes no requests: the file arrives as a Blob (or
 * pasted text) from the page and the answer goes back by message.
 */
import type { AtlasForReader } from '../lib/your-data-join.ts';
import { prefectureMatcher, type PrefectureMatcher } from '../lib/your-data-prefectures.ts';
import { csvText } from '../lib/csv-writer.ts';
import { describeTable, fitTable, readInput, type FittedTable, type SourceEncoding } from '../lib/your-data-read.ts';
import { arrangeTable, checkSize, type ParsedTable, type RawTable } from '../lib/your-data-table.ts';
import { pageView, residualRows } from '../lib/your-data-view.ts';
import type { FromWorker, ToWorker } from './your-data-protocol.ts';

let state: { raw: RawTable; table: ParsedTable; encoding: SourceEncoding; replaced: number } | undefined;
let matcher: PrefectureMatcher | undefined;
let atlas: AtlasForReader | undefined;
let prefer: RegExp[] | undefined;
/** The last analysis, kept whole here: the page gets only what it shows (src/lib/your-data-view.ts). */
let last: FittedTable | undefined;
const send = (message: FromWorker, transfer: Transferable[] = []) => postMessage(message, { transfer });

function announce(): void {
  if (!state || !matcher) return;
  const described = describeTable(state.raw, state.table, matcher, prefer);
  if (!described.ok) {
    send({ type: 'refused', refusal: described.refusal });
    return;
  }
  const { ok: _, ...summary } = described;
  send({ type: 'loaded', ...summary, encoding: state.encoding, replaced: state.replaced });
}

self.addEventListener('message', async (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  try {
    if (message.type === 'load') {
      state = undefined;
      last = undefined;
      matcher = prefectureMatcher(message.prefectures);
      atlas = message.atlas;
      prefer = message.preferLabel?.map((pattern) => new RegExp(pattern, 'i'));
      send({ type: 'progress', phase: 'read', fraction: 0 });
      // The size is checked before the file is read into memory.
      const tooLarge = message.file && checkSize(message.file.size);
      if (tooLarge) return send({ type: 'refused', refusal: tooLarge });
      const input = message.file ? { bytes: new Uint8Array(await message.file.arrayBuffer()) } : { text: message.text ?? '' };
      const read = readInput(input, message.encoding, (fraction) => send({ type: 'progress', phase: 'parse', fraction }));
      if (!read.ok) return send({ type: 'refused', refusal: read.refusal });
      state = { raw: read.raw, table: read.table, encoding: read.encoding, replaced: read.replaced };
      announce();
    } else if (message.type === 'header' && state) {
      last = undefined;
      state.table = arrangeTable(state.raw, message.line);
      announce();
    } else if (message.type === 'analyse' && state && matcher) {
      send({ type: 'progress', phase: 'analyse', fraction: 0 });
      const { choice, join } = message;
      last = fitTable(state.table, choice, matcher, atlas, join);
      const { view, transfer } = pageView(last.analysis, last.points, last.fit);
      send({ type: 'result', choice, ...(join ? { join } : {}), rows: state.table.rows.length, ...view }, transfer);
    } else if (message.type === 'residuals' && last && !('kind' in last.fit)) {
      send({ type: 'csv', name: 'residuals.csv', text: csvText(message.header, residualRows(last.points, last.fit), { bom: true }) });
    }
  } catch (error) {
    send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
});
