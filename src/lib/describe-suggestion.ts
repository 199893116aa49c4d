/**
 * Words for a suggestion's statements, in one language: the statement itself, then whose it is
 * (the guidebook's with its page, our computation from the guidebook's figures, or our reading,
 * which never carries a page). Takes the strings rather than importing them, so that a browser
 * island loads only its page's language.
 */
import type { Lang } from '../config.ts';
import type { Strings } from '../i18n/strings.ts';
import type { Reason } from './suggest-network.ts';

export function describeReason(reason: Reason, lang: Lang, s: Strings['suggestion']): string {
  return `${reason.text[lang]}${s.source(reason.kind, reason.pages)}`;
}
