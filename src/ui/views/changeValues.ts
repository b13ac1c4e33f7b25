/**
 * Values as the diff view writes them (changes.ts): in the editor's display
 * units, with their unit as a person writes it.
 */
import type { ParamSpec } from '../../engine/index';
import { rangeWithUnit, scaleOf, spreadOf, toDisplay, withUnit } from '../editor/display';
import { specText } from '../editor/paramText';
import { i18n } from '../../i18n/index';
import { formatPlain } from '../format';

/** Equal up to float noise (a share moved and moved back is rescaled, not restored bit for bit). */
export const same = (a: number, b: number) => a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

export { withUnit } from '../editor/display';

/**
 * In display units (shares as %, a month of the run from 1), without float noise, and without hiding a
 * small difference behind rounding. A number without a unit is an
 * identifier (the seed): written without thousands separators. `spread`: a
 * spread of the parameter (a standard deviation), which takes no offset.
 */
export function shown(value: number, spec: ParamSpec, spread = false): string {
  const scale = spread ? spreadOf(scaleOf(spec)) : scaleOf(spec);
  // A true minus sign, as in every other number the app prints (format.ts).
  return formatPlain(toDisplay(value, scale), { maximumFractionDigits: 10, useGrouping: scale.unit !== '' }).replace('-', '−');
}

export const numberText = (value: number, spec: ParamSpec, spread = false) => withUnit(shown(value, spec, spread), specText(spec).unit);

/** A range with its unit said once, as a person writes it: "72% to 100%", "Rs 1,500 to 2,500 / household / month", "24 to 48 months". */
export function rangeText(low: number, high: number, spec: ParamSpec): string {
  const unit = specText(spec).unit;
  const [a, b] = [shown(low, spec), shown(high, spec)];
  return rangeWithUnit(a, b, unit, (from, to) => i18n.t('views:changes.range', { low: from, high: to }));
}
