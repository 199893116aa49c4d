/** Messages between the "your data" page and its worker. */
import type { TextEncoding } from '../lib/decode-text.ts';
import type { AtlasForReader, JoinChoice } from '../lib/your-data-join.ts';
import type { PrefectureName } from '../lib/your-data-prefectures.ts';
import type { SourceEncoding, TableSummary } from '../lib/your-data-read.ts';
import type { Refusal } from '../lib/your-data-refusal.ts';
import type { ColumnChoice } from '../lib/your-data-table.ts';
import type { PageTableAnalysis } from '../lib/your-data-view.ts';

export type { SetAside } from '../lib/your-data-read.ts';
export type EncodingChoice = 'auto' | TextEncoding;

export type ToWorker =
  | {
      type: 'load';
      file?: Blob;
      text?: string;
      encoding: EncodingChoice;
      preferLabel?: string[];
      prefectures: PrefectureName[];
      atlas: AtlasForReader;
    }
  | { type: 'header'; line: number }
  | { type: 'analyse'; choice: ColumnChoice; join?: JoinChoice }
  /** The residuals of the last analysis as a CSV file (every row, ranked), under this header. */
  | { type: 'residuals'; header: string[] };

export type FromWorker =
  | { type: 'progress'; phase: 'read' | 'parse' | 'analyse'; fraction: number }
  | { type: 'refused'; refusal: Refusal }
  | ({ type: 'loaded'; encoding: SourceEncoding; replaced: number } & TableSummary)
  | ({ type: 'result'; choice: ColumnChoice; join?: JoinChoice; rows: number } & PageTableAnalysis)
  | { type: 'csv'; name: string; text: string }
  | { type: 'error'; message: string };
