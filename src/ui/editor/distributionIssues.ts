/**
 * The engine's checks of an uncertain parameter's distribution, in the
 * editor's words and the parameter's display units (the engine speaks in
 * model units: a share's bounds of 0.5 to 0.4 are 50% to 40% to the person
 * who typed them). A message the editor does not know is shown as
 * issueMessage gives it.
 */
import type { ValidationIssue } from '../../engine/index';
import { numberWithUnit, toDisplay, type Scale } from './display';
import { fieldScale, type DistributionField } from './distribution';
import { issueMessage } from './issues';
import { message } from './labels';

/** A number in display units with its unit as shown, as the app writes it ("72%", "Rs 1,600"): `unit` is the unit as shown. */
export function shownNumber(x: number, scale: Scale, unit: string): string {
  return numberWithUnit(toDisplay(x, scale), unit);
}

/** Patterns of checkUncertainty's messages (engine/scenario/uncertainty.ts), the key that says each, and the names of its numbers. */
const PATTERNS: readonly [RegExp, string, readonly string[]][] = [
  [/^must be above low \((\S+)\), got (\S+)$/, 'editor:uncertain.issue.aboveLow', ['low', 'value']],
  [/^must lie between low and high, got (\S+)$/, 'editor:uncertain.issue.modeBetween', ['value']],
  [/^must be above 0 for a log-normal, got (\S+)$/, 'editor:uncertain.issue.lowPositive', ['value']],
  [/^must be above 0, got (\S+)$/, 'editor:uncertain.issue.aboveZero', ['value']],
  [/^bounds must lie within the parameter's range, (\S+) to (\S+?)(?: .*)?; got (\S+) to (\S+)$/, 'editor:uncertain.issue.bounds', ['min', 'max', 'low', 'high']],
  [/^must be a finite number$/, 'editor:field.enterNumber', []],
];

/**
 * One issue of a distribution's settings. `field` is the setting it is about
 * (none for the bounds as a whole); numbers are converted to its display
 * units, `unit` being the parameter's unit as shown.
 */
export function distributionIssueMessage(issue: ValidationIssue, field: DistributionField | null, scale: Scale, unit: string): string {
  const s = field ? fieldScale(field, scale) : scale;
  const u = field === 'sigma' ? '' : unit;
  for (const [pattern, key, names] of PATTERNS) {
    const m = pattern.exec(issue.message);
    if (m) return message(key, Object.fromEntries(names.map((name, k) => [name, shownNumber(Number(m[k + 1]), s, u)])));
  }
  return issueMessage(issue.message);
}
