/**
 * The shape of the UI strings: the Japanese dictionary is the reference, and every other language
 * must provide exactly this (en.ts is annotated with it). Kept apart from strings.ts, which
 * imports every dictionary, so that no dictionary imports back from the table that holds it.
 */
import type { ja } from './ja.ts';

export type Strings = typeof ja;
