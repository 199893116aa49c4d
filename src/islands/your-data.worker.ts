/**
 * The "your data" worker: decodes the file (UTF-8 or Shift_JIS), parses it with papaparse and runs
 * the site's statistics, off the main thread so that a 50,000-row file never freezes the page.
 * It makes no requests: the file arrives as a Blob from the page and the answer goes back by message.
 */
import { decodeText, detectEncoding } from '../lib/decode-text.ts';
import { analyse } from '../lib/your-data-analysis.ts';
import { guessColumns, numericColumns, parseTable, usableRows, type ParsedTable } from '../lib/your-data-table.ts';
import type { FromWorker, ToWorker } from './your-data-protocol.ts';

let table: ParsedTable | undefined;
const send = (message: FromWorker) => postMessage(message);

self.addEventListener('message', async (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  try {
    if (message.type === 'load') {
      send({ type: 'progress', phase: 'read', fraction: 0 });
      const bytes = new Uint8Array(await message.file.arrayBuffer());
      const encoding = message.encoding === 'auto' ? detectEncoding(bytes) : message.encoding;
      table = parseTable(decodeText(bytes, encoding), (fraction) => send({ type: 'progress', phase: 'parse', fraction }));
      const prefer = message.preferLabel?.map((source) => new RegExp(source, 'i'));
      send({ type: 'loaded', header: table.header, rows: table.rows.length, encoding, guess: guessColumns(table, prefer), numeric: numericColumns(table) });
    } else if (message.type === 'analyse' && table) {
      send({ type: 'progress', phase: 'analyse', fraction: 0 });
      const { points, rejected } = usableRows(table, message.choice);
      send({ type: 'result', choice: message.choice, rows: table.rows.length, rejected, outcome: analyse(points) });
    }
  } catch (error) {
    send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
});
