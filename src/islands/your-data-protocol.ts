/** Messages between the "your data" page and its worker. */
import type { TextEncoding } from '../lib/decode-text.ts';
import type { Analysis, AnalysisFailure } from '../lib/your-data-analysis.ts';
import type { ColumnChoice, RejectedRow } from '../lib/your-data-table.ts';

export type EncodingChoice = 'auto' | TextEncoding;

export type ToWorker =
  | { type: 'load'; file: Blob; encoding: EncodingChoice; preferLabel?: string[] }
  | { type: 'analyse'; choice: ColumnChoice };

export type FromWorker =
  | { type: 'progress'; phase: 'read' | 'parse' | 'analyse'; fraction: number }
  | { type: 'loaded'; header: string[]; rows: number; encoding: TextEncoding; guess: ColumnChoice; numeric: number[] }
  | { type: 'result'; choice: ColumnChoice; rows: number; rejected: RejectedRow[]; outcome: Analysis | AnalysisFailure }
  | { type: 'error'; message: string };
