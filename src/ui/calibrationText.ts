/**
 * The calibration table's words and numbers in the current language. The
 * engine writes targets and values in English for `npm run validate` and
 * docs/; the app shows the same numbers through these messages (English is
 * byte for byte the engine's formatModel and formatTargetValue, which
 * test/ui/calibrationText.test.ts checks).
 */
import { ENGINE_VERSION, type ModelDist, type Target, type TargetUnit, type ValidationFile } from '../engine/index';
import { message } from './editor/labels';
import { i18n, type Language } from '../i18n/index';
import { namesIsolated } from '../i18n/bidi';
import { formatPlain } from './format';

const MINUS = '\u2212';
const signOf = (x: number) => (x < 0 ? MINUS : x > 0 ? '+' : '');
const fixed = (x: number, digits: number) => formatPlain(Math.abs(x), { minimumFractionDigits: digits, maximumFractionDigits: digits });
const rupees = (x: number) => (Math.abs(x) >= 10000 ? formatPlain(Math.abs(x), { maximumSignificantDigits: 3 }) : fixed(x, 0));
/** Two decimals below 1 (0.85, 1.27%... for shares under 10%), one above. */
const pct = (x: number, smallBelow: number) => fixed(x * 100, Math.abs(x) < smallBelow ? 2 : 1);

type Kind = 'percent' | 'points' | 'rupees' | 'plain';

/** A value's sign, digits and the message kind that puts its unit around them (as the engine's report does). */
function parts(unit: TargetUnit, x: number): { sign: string; num: string; kind: Kind } {
  switch (unit) {
    case 'share':
      return { sign: x < 0 ? MINUS : '', num: pct(x, 0.1), kind: 'percent' };
    case 'points':
      return { sign: signOf(x), num: pct(x, 0.01), kind: 'points' };
    case 'change':
      return { sign: signOf(x), num: pct(x, 0.01), kind: 'percent' };
    case 'pkr':
    case 'pkrPerAe':
      return { sign: x < 0 ? MINUS : '', num: rupees(x), kind: 'rupees' };
    case 'pkrPerAeChange':
      return { sign: signOf(x), num: rupees(x), kind: 'rupees' };
    case 'gini':
      return { sign: x < 0 ? MINUS : '', num: fixed(x, 3), kind: 'plain' };
  }
}

/** One value in a target's unit: 22.2%, +3.8 points, −10.9%, Rs 6,341, +Rs 187, 0.303. */
export function targetValueText(unit: TargetUnit, x: number | null): string {
  if (x === null || !Number.isFinite(x)) return '–';
  const p = parts(unit, x);
  return message(`editor:calibration.value.${p.kind}`, { sign: p.sign, num: p.num });
}

/** A range stating the unit once: "21.1 to 22.7%", "+3.7 to +4.0 points", "Rs 6,636 to 6,740". */
export function targetRangeText(unit: TargetUnit, lo: number, hi: number): string {
  const a = parts(unit, lo);
  const b = parts(unit, hi);
  return message(`editor:calibration.range.${a.kind}`, { signLow: a.sign, low: a.num, signHigh: b.sign, high: b.num });
}

/** Median and 90% interval: "22.2% (21.9 to 22.7%)"; the median alone when there is no interval. */
export function modelText(unit: TargetUnit, model: ModelDist | null): string {
  if (!model || (model.p50 === null && model.mean === null)) return message('editor:calibration.checks.notMeasured');
  const median = targetValueText(unit, model.p50 ?? model.mean);
  if (model.p5 === null || model.p95 === null || model.p5 === model.p95) return median;
  return message('editor:calibration.withInterval', { median, interval: targetRangeText(unit, model.p5, model.p95) });
}

/** A target's words by its id: label, the data as published, source, the parameter solved for it, why it cannot be compared. */
export function targetText(target: Target): { label: string; data: string; source: string; parameter: string | null; notComparable: string | null } {
  const field = (name: string) => message(`params:targets.${target.id}.${name}`);
  return {
    label: field('label'),
    // Surveys and publications are named as published: isolated in a right-to-left language (i18n/bidi).
    data: namesIsolated(field('data'), i18n.language as Language),
    source: namesIsolated(field('source'), i18n.language as Language),
    parameter: target.status === 'calibrated' ? field('parameter') : null,
    notComparable: target.notComparable ? field('notComparable') : null,
  };
}

/** Why the file's values are stale, in words (null when current); the same checks as the engine's staleReason. */
export function staleText(reason: string | null, file: Pick<ValidationFile, 'engineVersion'>): string | null {
  if (reason === null) return null;
  if (file.engineVersion !== ENGINE_VERSION) return message('editor:calibration.staleEngine', { was: file.engineVersion, now: ENGINE_VERSION });
  if (reason.startsWith('the default scenario')) return message('editor:calibration.staleDefaults');
  const missing = /^targets not yet measured: (.*)$/.exec(reason);
  return missing ? message('editor:calibration.staleMissing', { ids: missing[1]!.split(', ').join(message('params:format.list')) }) : reason;
}
