/**
 * Words for a suggestion's structured reasons, in one language. Takes the strings rather than
 * importing them, so that a browser island loads only its page's language.
 */
import type { Lang } from '../config.ts';
import type { Strings } from '../i18n/strings.ts';
import { formatNumber } from './format.ts';
import type { Reason } from './suggest-network.ts';

export function describeReason(reason: Reason, lang: Lang, s: Strings['suggestion']): string {
  const n = (value: number, decimals: number) => formatNumber(lang, value, decimals);
  switch (reason.kind) {
    case 'thinMarket':
      return s.thinMarket(n(reason.value, 1), n(reason.national, 1), n(reason.ratio, 2));
    case 'denseMarket':
      return s.denseMarket(n(reason.value, 1), n(reason.national, 1), n(reason.ratio, 2));
    case 'strongShortage':
      return s.strongShortage(n(reason.value, 2), n(reason.national, 2));
    case 'moderateShortage':
      return s.moderateShortage(n(reason.value, 2), n(reason.national, 2));
    case 'leadNearBoundary':
      return s.leadNearBoundary(s.leadName[reason.otherLead]);
    case 'pairingNearBoundary':
      return s.pairingNearBoundary(s.pairingName[reason.otherPairing] ?? '');
    case 'prefectureWide':
      return s.prefectureWide(n(reason.smeCount, 0), n(reason.threshold, 0));
    case 'municipal':
      return s.municipal(n(reason.smeCount, 0), n(reason.threshold, 0));
    case 'coverageFollowsLead':
      return s.coverageFollowsLead[reason.lead];
    case 'noProJinzaiKyoten':
      return s.noProJinzaiKyoten;
  }
}
