/**
 * The four headline numbers of one scenario, each with its 90% interval in
 * words. Values are means across replications (see data/headline.ts for
 * why), but for the cost per exit, whose engine "mean" is a ratio of totals
 * (total spent ÷ total additional exits): the caption says which is which.
 */
import { useTranslation } from 'react-i18next';
import { nameIn } from './lang';
import { useMemo } from 'react';
import type { ChartRun } from './types';
import { headlineCards } from './data/headline';
import { UNITS } from './metrics';
import { countsInScaleOf, rupeesInScaleOf } from '../format';
import { headlineInterval, unbroken } from './intervalText';
import { CHART_TEXT } from './text';
import { estimating, MIN_INTERVAL_REPLICATIONS, tooFew } from './data/estimating';
import './charts.css';

export interface HeadlineCardsProps {
  run: ChartRun;
}

export function HeadlineCards({ run }: HeadlineCardsProps) {
  const { t } = useTranslation('charts');
  const cards = useMemo(() => headlineCards(run.result), [run.result]);
  const reps = run.result.meta.replications;
  const early = estimating(reps);
  // A complete run short of the minimum will never have its interval: said so, not "estimating…" for ever.
  const never = tooFew(run.result);
  // The cost card's number is not a mean (summariseRatio): said in a sentence of its own whenever it shows one.
  const costShown = cards.some((c) => c.key === 'costPerSustainedExitPKR' && c.value !== null);
  return (
    <section aria-label={t('shared.titleFor', { title: CHART_TEXT.headline.title, name: nameIn(run.name) })}>
      <ul className="headline-cards" style={{ ['--run-color' as string]: run.color }}>
        {cards.map((c) => {
          const format = UNITS[c.unit].format;
          // A count or an amount and its interval's ends in one scale word, the largest of theirs, as the ranking
          // and the difference chart write them ("2.6k–54.6k", where the card had "2,600–54.6k" beside the ranking's
          // "2.6k–54.6k"; "Rs 0.844 m to no upper end", where it had "Rs 844,000" beside the ranking's "Rs 0.844 m").
          // The value too: in lakh and crore a card read "78,700" over "0.536 lakh–1.06 lakh".
          const scaleOf = [c.value, c.low, c.high];
          const ends = c.unit === 'count' ? countsInScaleOf(scaleOf) : c.unit === 'pkr' ? rupeesInScaleOf(scaleOf) : format;
          const interval = headlineInterval(c.low, c.high, unbroken(ends));
          return (
            <li key={c.key} className="headline-card">
              <h3>{c.label}</h3>
              {c.value === null ? (
                <p className="value empty">{c.empty}</p>
              ) : (
                <>
                  {/* While the interval is still being estimated it is not shown: the value alone, as the headline writes it. */}
                  <p className="value">{early ? format(c.value) : ends(c.value)}</p>
                  {early ? (
                    <p className="interval">{never ? t('headline.tooFew', { min: MIN_INTERVAL_REPLICATIONS }) : t('headline.estimating')}</p>
                  ) : (
                    // Open above (no upper end) and without spread are said too: a card with no interval line would
                    // look the most precise of the four exactly when it is the least certain.
                    interval !== null && <p className="interval">{interval}</p>
                  )}
                </>
              )}
            </li>
          );
        })}
      </ul>
      <p className="headline-caption">
        {t('headline.caption', { name: nameIn(run.name), count: reps })}{' '}
        {early ? t('headline.captionEarly', { count: MIN_INTERVAL_REPLICATIONS }) : t('headline.captionDone')}
        {costShown && <> {t('headline.costNote')}</>}
      </p>
    </section>
  );
}
