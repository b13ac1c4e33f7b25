/**
 * Shared axis furniture. Tick labels are in the axis's own unit (the unit is
 * in the axis title, so ticks read "120", not "Rs 120 bn"), with at most
 * three significant digits like every other number (src/ui/format.ts).
 * An axis of households, people or rupees is on the number scale the numbers
 * beside it are written on (axisUnit): in millions and billions, or in
 * thousands, lakh, crore or arab.
 */
import type { CSSProperties } from 'react';
import { i18n } from '../../i18n/index';
import { numberSettings } from '../../i18n/numbers';
import { formatPlain } from '../format';
import { INK } from './palette';
import type { UnitKind } from './metrics';


/** The frame's font (charts.css), named here too for measuring label widths (plot/wrap) and for exported charts. */
export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Urdu Script', sans-serif";
/**
 * The font every chart is set in when the page is in Urdu (urdu.css's --font-urdu): Nastaliq first. Its bundled
 * face has the Arabic-script letters and also its own space and punctuation, so text is measured with the family
 * of the language it is drawn in: measured with Nastaliq first, an English label came out some 9 px narrower
 * than drawn, and the line labels of the loans chart were clipped ("Rs 100 bn a yea").
 */
export const URDU_FONT_FAMILY = "'Noto Nastaliq Urdu', system-ui, 'Segoe UI', 'Noto Sans', Arial, sans-serif";

/** Tick text: never below 12 px so the chart stays legible when projected. */
export const TICK = { fontSize: 12, fill: INK.axis } as const;
export const AXIS_LABEL_STYLE: CSSProperties = { fontSize: 13, fill: INK.axis };

/** A tick formatter showing value ÷ divisor, e.g. PKR on an "Rs bn" axis. */
export function tickIn(divisor: number): (v: number) => string {
  // Ticks are numbers alone, in the language's digits; a left-to-right mark Urdu's Intl puts before a sign stays harmless in the charts' left-to-right svg.
  return (v) => (Number.isFinite(v) ? formatPlain(v / divisor, { maximumSignificantDigits: 3 }).replace('-', '−') : '');
}

/** Share (fraction) on a "%" axis: 0.215 → "21.5". */
export const tickPercent = tickIn(0.01);
export const tickBn = tickIn(1e9);
export const tickMillions = tickIn(1e6);
export const tickPlain = tickIn(1);

/** Chart heights used across the dashboard, so panels line up in a grid. */
export const HEIGHT = { standard: 320, tall: 400, perRow: 44 } as const;
/** Width a chart assumes until it can measure its column (jsdom cannot; browsers measure before the first paint). */
export const INITIAL_WIDTH = 640;

/** Tick formatter for each kind of unit, matching UNITS' axis titles (million and billion; axisUnit names an axis on either scale). */
export const TICK_FOR: Record<UnitKind, (v: number) => string> = { share: tickPercent, count: tickMillions, pkr: tickBn };

/** What a count or money axis measures. */
export type AxisQuantity = 'households' | 'people' | 'rupees' | 'rupeesPerHousehold';

/** An axis's title, naming its unit ("Rs lakh per household"), and its tick labels in that unit ("20"). */
export interface AxisUnit {
  title: string;
  tick: (v: number) => string;
}

export type ScaleWord = 'thousand' | 'lakh' | 'crore' | 'arab';
const PER: Record<ScaleWord, number> = { thousand: 1e3, lakh: 1e5, crore: 1e7, arab: 1e9 };

/** On million and billion each quantity keeps one unit, as it always had. */
const INTERNATIONAL = {
  households: { key: 'charts:shared.householdsMillions', per: 1e6 },
  people: { key: 'charts:distribution.peopleAxis', per: 1e6 },
  rupees: { key: 'charts:shared.rsBn', per: 1e9 },
  rupeesPerHousehold: { key: 'charts:shared.rsMPerHousehold', per: 1e6 },
} as const;

/**
 * On lakh and crore, the titles of the words each quantity may be in, smallest first. Counts start in thousands, as
 * the labels under a lakh have no scale word ("54,600"); rupees in lakh (no amount a chart draws is under one). A
 * rupee axis in arab is "Rs bn": English writes an arab "bn", as the labels beside it do ("Rs 120 bn"); in Urdu, ارب.
 */
const LAKH_CRORE = {
  households: { thousand: 'charts:metrics.units.countAxisThousands', lakh: 'charts:metrics.units.countAxisLakh', crore: 'charts:metrics.units.countAxisCrore' },
  people: { thousand: 'charts:distribution.peopleAxisThousands', lakh: 'charts:distribution.peopleAxisLakh', crore: 'charts:distribution.peopleAxisCrore' },
  rupees: { lakh: 'charts:shared.rsLakh', crore: 'charts:shared.rsCrore', arab: 'charts:shared.rsBn' },
  rupeesPerHousehold: { lakh: 'charts:shared.rsLakhPerHousehold', crore: 'charts:shared.rsCrorePerHousehold' },
} as const satisfies Record<AxisQuantity, Partial<Record<ScaleWord, string>>>;
type TitleKey = { [Q in AxisQuantity]: (typeof LAKH_CRORE)[Q][keyof (typeof LAKH_CRORE)[Q]] }[AxisQuantity];

/**
 * The word an axis with ticks `ticks` is in, among `words` (smallest first): the largest in which its ticks are whole
 * numbers, its step at least one of it, as no number is written as a fraction of a lakh or crore (format.ts): "0, 20,
 * 40, 60" lakh, not "0, 0.2, 0.4, 0.6" crore; "0, 50, 100, 150" lakh beside "Rs 52.1 lakh" and "Rs 1.22 crore", not
 * "0, 0.5, 1, 1.5" crore; "0, 20 … 120" thousand beside "78,700" and "1.06 lakh", not "0, 0.2 … 1.2" lakh. The
 * smallest when even it would take fractions. Ticks are 1, 2 or 5 times a power of ten apart (niceScale), so they
 * then run to a few hundred of it at most.
 */
export function lakhCroreWord(ticks: readonly number[], words: readonly ScaleWord[]): { word: ScaleWord; per: number } {
  const sorted = ticks.filter(Number.isFinite).sort((a, b) => a - b);
  const gaps = sorted.slice(1).map((t, k) => t - sorted[k]!).filter((g) => g > 0);
  // One tick (or none) has no step: the axis's reach stands for it.
  const step = gaps.length > 0 ? Math.min(...gaps) : Math.max(0, ...sorted.map(Math.abs));
  let word = words[0]!;
  // A step a hair under its unit by floating point (0.1 + 0.2) still counts as one of it.
  for (const w of words) if (step >= PER[w] * (1 - 1e-9)) word = w;
  return { word, per: PER[word] };
}

/**
 * The unit of an axis of `quantity` with ticks `ticks`. On lakh and crore every number beside the chart is written in
 * its own word ("Rs 36.8 lakh", "78,700", "1.06 lakh"), and an axis in millions beside them ("Rs m per household:
 * 0, 2, 4") read as another number: the axis is in thousands, lakh, crore or arab, whichever keeps its ticks whole
 * (lakhCroreWord): "Rs lakh per household: 0, 20, 40".
 */
export function axisUnit(quantity: AxisQuantity, ticks: readonly number[]): AxisUnit {
  if (numberSettings().scale !== 'southAsian') {
    const { key, per } = INTERNATIONAL[quantity];
    return { title: i18n.t(key), tick: tickIn(per) };
  }
  const titles: Partial<Record<ScaleWord, TitleKey>> = LAKH_CRORE[quantity];
  const { word, per } = lakhCroreWord(ticks, (Object.keys(PER) as ScaleWord[]).filter((w) => titles[w] !== undefined));
  return { title: i18n.t(titles[word]!), tick: tickIn(per) };
}
