import type { Lang } from '../config.ts';
import { en } from './en.ts';
import { ja } from './ja.ts';
import type { Strings } from './schema.ts';

export type { Strings };

const STRINGS: Record<Lang, Strings> = { ja, en };

export function strings(lang: Lang): Strings {
  return STRINGS[lang];
}
