/**
 * The plain-language headline an official can read out: budget, households
 * in poverty at the end relative to the status quo (the existing cash
 * transfer only, on the same draws), and the 90% interval: means across
 * replications, as on the cards (HEADLINE_CENTRE).
 */
import type { RunResult } from '../../engine/index';
import { i18n } from '../../i18n/index';
import { inSentence } from '../../state/displayName';
import { countsInScaleOf, formatCount, formatPKR, formatPlain } from '../format';
import { estimating, MIN_INTERVAL_REPLICATIONS, tooFew } from '../charts/data/estimating';
import { HEADLINE_CENTRE } from '../charts/data/headline';

/**
 * `name` is the scenario's name as shown (state/displayName). Without `named`, the sentence after its
 * "name: " (a slide whose own headline names the scenario already); every message starts with it, in
 * every language (test/ui/views/headline.test.ts holds the catalogues to that).
 */
export function headlineSentence(name: string, result: RunResult, { named = true }: { named?: boolean } = {}): string {
  const sentence = namedSentence(name, result);
  const prefix = `${inSentence(name)}: `;
  return named || !sentence.startsWith(prefix) ? sentence : sentence.slice(prefix.length);
}

function namedSentence(name: string, result: RunResult): string {
  const t = i18n.t.bind(i18n);
  const months = result.meta.months;
  const years = Math.round(months / 12);
  const horizon = years >= 1 && months % 12 === 0 ? t('views:headline.years', { count: years }) : t('views:headline.months', { months: formatPlain(months) });
  const named = { name: inSentence(name) };
  const avoided = result.summary.poorHouseholdsAvoided;
  const centre = avoided[HEADLINE_CENTRE];
  const spent = formatPKR(result.summary.spentPKR[HEADLINE_CENTRE]);
  if ((result.summary.budgetPKR.p50 ?? 0) === 0) return t('views:headline.statusQuo', named);
  if (!result.counterfactual || centre === null) return t('views:headline.notSimulated', { ...named, spent, horizon });
  const values = { ...named, spent, horizon, households: formatCount(Math.abs(centre)) };
  const fewer = centre >= 0;
  // A complete run short of the minimum will never have its interval: too few, not still being estimated.
  if (tooFew(result)) return t(fewer ? 'views:headline.fewerTooFew' : 'views:headline.moreTooFew', { ...values, min: MIN_INTERVAL_REPLICATIONS });
  if (estimating(result.meta.replications)) return t(fewer ? 'views:headline.fewerEstimating' : 'views:headline.moreEstimating', values);
  const { p5, p95 } = avoided;
  if (p5 !== null && p95 !== null) {
    // An interval that reaches both ways is said as both ways ("from 99k more to 302k fewer"): as numbers of
    // "fewer" households, "−99k to 302k" made its lower end read as 99k fewer.
    // The count and both ends in one scale word, as on the cards ("5k to 50k", not "5,000 to 50k"; in lakh and
    // crore "0.787 lakh … 0.536 lakh to 1.06 lakh", not "78,700 … 0.536 lakh to 1.06 lakh").
    const end = countsInScaleOf([centre, p5, p95]);
    values.households = end(Math.abs(centre));
    if (p5 < 0 && p95 > 0) return t(fewer ? 'views:headline.fewerUncertain' : 'views:headline.moreUncertain', { ...values, more: end(-p5), fewer: end(p95) });
    // Otherwise in the sentence's own direction: "20k more …; 90% interval 5k to 50k" (more poor is fewer avoided).
    const [low, high] = fewer ? [p5, p95] : [-p95, -p5];
    return t(fewer ? 'views:headline.fewerInterval' : 'views:headline.moreInterval', { ...values, low: end(low), high: end(high) });
  }
  return t(fewer ? 'views:headline.fewer' : 'views:headline.more', values);
}
