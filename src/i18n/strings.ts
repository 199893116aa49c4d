import type { Lang } from '../config.ts';
import { en } from './en.ts';
import { ja } from './ja.ts';

/** The shape of the Japanese strings; every language must provide exactly this. */
export type Strings = typeof ja;

const STRINGS: Record<Lang, Strings> = { ja, en };

export function strings(lang: Lang): Strings {
  return STRINGS[lang];
}
