/**
 * The sentence a scenario's slide leads with, in words an official can read
 * out: "Rs 120 bn a year: 226k more households out of poverty for a year or
 * more by month 36 (90% interval 180k to 270k); each costs Rs 531,000."
 * Exits are additional sustained exits against the status quo (the existing
 * cash transfer only) on the same draws; means with the 5th–95th
 * percentile, as on the dashboard's headline (HEADLINE_CENTRE). Below
 * MIN_INTERVAL_REPLICATIONS the interval is said to be still being estimated,
 * or too few once the run is complete.
 *
 * Each case is one whole message in the catalogue (present:headline), so a
 * language puts the budget, the count and the month where its own word
 * order wants them; only the parenthetical intervals are filled in as phrases.
 */
import type { RunResult } from '../../engine/index';
import { i18n } from '../../i18n/index';
import { countsInScaleOf, formatCount, formatPKR, formatPlain, rupeesInScaleOf } from '../format';
import { estimating, MIN_INTERVAL_REPLICATIONS, tooFew } from '../charts/data/estimating';
import { HEADLINE_CENTRE } from '../charts/data/headline';
import { noUpperEnd, unbroken } from '../charts/intervalText';
import { spanText } from '../households/householdsText';

export interface SlideHeadline {
  /** The sentence in large type. */
  headline: string;
  /** What it rests on, in smaller type. */
  basis: string;
}

/** "Rs 120 bn a year", or "Rs 80 → 100 → 120 bn a year" for a rising path. */
export function budgetText(annualBn: readonly number[]): string {
  if (annualBn.length === 0) return i18n.t('present:headline.noBudget');
  const same = annualBn.every((x) => x === annualBn[0]);
  const bn = (x: number) => formatPlain(x, { maximumSignificantDigits: 3 });
  const amount = same ? bn(annualBn[0]!) : annualBn.map(bn).join(i18n.t('present:headline.budgetStep'));
  return i18n.t('present:headline.budget', { amount });
}

/** An amount that stays on one line in the slide's large type ("Rs 3.02 m to Rs / 6.79 m" broke after its "Rs"). */
const money = unbroken(formatPKR);

/**
 * " (90% interval low to high)", " (90% interval: x, no spread)" (or "… at both ends, as rounded" when the ends
 * round to one number), " (… still being estimated)", " (too few replications …)" or nothing; " (90% interval low to no upper end)" for a
 * cost per exit open above (no additional exits in more than 5% of replications): left out, the least certain number
 * on the slide had read as the most exact.
 */
function intervalText(result: RunResult, low: number | null, high: number | null, format: (x: number) => string): string {
  // A complete run short of the minimum will never have its interval: too few, not still being estimated.
  if (tooFew(result)) return i18n.t('present:headline.tooFew', { min: MIN_INTERVAL_REPLICATIONS });
  if (estimating(result.meta.replications)) return i18n.t('present:headline.estimating');
  if (low === null) return '';
  if (low === high) return i18n.t('present:headline.noSpread', { value: format(low) });
  const [from, to] = [format(low), high === null ? noUpperEnd() : format(high)];
  // Ends a little apart that round to one number ("226k to 226k"): said once, and as rounded, not as no spread.
  if (from === to) return i18n.t('present:headline.asRounded', { value: from });
  return i18n.t('present:headline.interval', { low: from, high: to });
}

/**
 * The exits' interval in the sentence's own direction: " (90% interval 1,000 to 4,000)" after "2,500 fewer households
 * out of …" (not "−4,000 to −1,000"), both ends in one scale word; one that reaches both ways is said both ways,
 * " (90% interval from 1,000 fewer to 30k more: even the direction is uncertain)".
 */
function exitsInterval(result: RunResult, p5: number | null, p95: number | null, fewer: boolean, end: (x: number) => string): string {
  if (!estimating(result.meta.replications) && p5 !== null && p95 !== null && p5 < 0 && p95 > 0) return i18n.t('present:headline.bothWays', { fewer: end(-p5), more: end(p95) });
  const [low, high] = fewer && p5 !== null && p95 !== null ? [-p95, -p5] : [p5, p95];
  return intervalText(result, low, high, end);
}

/** The headline of one scenario's slide, built from its result's summary. */
export function slideHeadline(result: RunResult, households: readonly [number, number] = [result.meta.households, result.meta.households]): SlideHeadline {
  const { summary, meta } = result;
  const budget = budgetText(result.scenario.policy.budget.annualBn);
  // `households`: a replication's (householdsOfRun), which for imported data with a replication column is not meta.households.
  const basis = i18n.t('present:headline.basis', { count: meta.replications, households: spanText(households, formatCount), months: meta.months });
  if ((summary.budgetPKR.p50 ?? 0) === 0) return { headline: i18n.t('present:headline.noMoney'), basis };
  const exits = summary.additionalSustainedExits;
  if (!result.counterfactual || exits[HEADLINE_CENTRE] === null)
    return { headline: i18n.t('present:headline.notCompared', { budget, spent: money(summary.spentPKR[HEADLINE_CENTRE]), months: meta.months }), basis };
  const n = Math.round(exits[HEADLINE_CENTRE]);
  // The count and its interval's ends in one scale word, the largest of theirs, as the cards and the ranking write
  // them (in lakh and crore "78,700 more … (90% interval 0.536 lakh to 1.06 lakh)" had mixed them); while the
  // interval is still being estimated, the count alone.
  const ends = estimating(meta.replications) ? formatCount : countsInScaleOf([n, exits.p5, exits.p95]);
  const values = { budget, count: ends(Math.abs(n)), months: meta.months, interval: exitsInterval(result, exits.p5, exits.p95, n < 0, ends) };
  const cost = summary.costPerSustainedExitPKR;
  if (n > 0 && cost[HEADLINE_CENTRE] !== null) {
    // It and its ends in the scale word of the largest of them, as the ranking writes them ("Rs 0.844 m to no upper
    // end", not "Rs 844,000"; "each costs Rs 0.62 m (… Rs 0.54 m to Rs 0.71 m)", not "Rs 620,000 (… Rs 0.54 m …)").
    const inScale = estimating(meta.replications) ? money : unbroken(rupeesInScaleOf([cost[HEADLINE_CENTRE], cost.p5, cost.p95]));
    const costInterval = intervalText(result, cost.p5, cost.p95, inScale);
    return { headline: i18n.t('present:headline.moreWithCost', { ...values, cost: inScale(cost[HEADLINE_CENTRE]), costInterval }), basis };
  }
  const which = n > 0 ? 'more' : n < 0 ? 'fewer' : 'none';
  return { headline: i18n.t(`present:headline.${which}`, values), basis };
}
