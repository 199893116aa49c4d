/** Why a file or paste is refused as a whole on the "your data" page: nothing is drawn. */
import type { BinaryKind } from './decode-text.ts';
import type { TableRefusal } from './your-data-table.ts';

export type Refusal = TableRefusal | { kind: BinaryKind } | { kind: 'unknown-encoding'; guess: 'euc-jp' | 'other' };
