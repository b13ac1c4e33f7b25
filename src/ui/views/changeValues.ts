/**
 * Values as the diff view writes them (changes.ts): in the editor's display
 * units, with their unit as a person writes it.
 */
import type { ParamSpec } from '../../engine/index';
import { scaleOf, toDisplay } from '../editor/display';
import { specText } from '../editor/paramText';
import { formatPlain } from '../format';

/** Equal up to float noise (a share moved and moved back is rescaled, not restored bit for bit). */
export const same = (a: number, b: number) => a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** A number with its unit, the way a person writes it: "Rs 80 bn / year", "50% of budget", "36 months". */
export function withUnit(number: string, unit: string): string {
  if (!unit) return number;
  if (unit.startsWith('%')) return `${number}${unit}`;
  if (unit === 'Rs' || unit.startsWith('Rs ')) return `Rs ${number}${unit.slice(2)}`;
  return `${number} ${unit}`;
}

/**
 * In display units (shares as %), without float noise, and without hiding a
 * small difference behind rounding. A number without a unit is an
 * identifier (the seed): written without thousands separators.
 */
export function shown(value: number, spec: ParamSpec): string {
  const scale = scaleOf(spec);
  // A true minus sign, as in every other number the app prints (format.ts).
  return formatPlain(toDisplay(value, scale), { maximumFractionDigits: 10, useGrouping: scale.unit !== '' }).replace('-', '−');
}

export const numberText = (value: number, spec: ParamSpec) => withUnit(shown(value, spec), specText(spec).unit);
