/**
 * Rows of the app's calibration table: every target in the engine's list
 * (src/engine/validation/targets.ts), its model value, and whether it is
 * inside the data. Targets measured on the default scenario's result are
 * measured live on the results on screen; special runs (flood, cash only, microfinance only)
 * come from docs/validation.json, written by `npm run validate`.
 */
import {
  TARGETS, overlapsData, staleReason, type ModelDist, type RunResult, type Target, type ValidationFile,
} from '../engine/index';
import validationJson from '../../docs/validation.json';

/** docs/validation.json, as imported into the bundle. */
export const VALIDATION: ValidationFile = validationJson as unknown as ValidationFile;

export interface CalibrationRow {
  target: Target;
  model: ModelDist | null;
  pass: boolean | null;
  /** Where the model value comes from: a result on screen (its scenario's name), or `npm run validate`. */
  from: { kind: 'live'; scenario: string } | { kind: 'validate' } | { kind: 'none' };
}

/**
 * One row per target. Live targets are measured on the baseline first, then
 * on the scenario in focus (loans need a scenario that lends); when neither
 * can show one, the value `npm run validate` measured on the default scenario
 * is used.
 */
export function calibrationRows(
  baseline: RunResult,
  withLoans: RunResult | null,
  file: ValidationFile = VALIDATION,
  names: readonly [string, string] = [baseline.scenario.name, withLoans?.scenario.name ?? ''],
): CalibrationRow[] {
  return TARGETS.map((target): CalibrationRow => {
    if (target.measure.kind === 'result') {
      for (const [k, result] of (withLoans && withLoans !== baseline ? [baseline, withLoans] : [baseline]).entries()) {
        const model = target.measure.fromResult(result);
        if (model) return { target, model, pass: overlapsData(target, model), from: { kind: 'live', scenario: names[k]! } };
      }
    }
    const row = file.rows.find((r) => r.id === target.id);
    if (!row || !row.model) return { target, model: null, pass: null, from: { kind: 'none' } };
    // Recomputed rather than read: the data may have been corrected since the file was written.
    return { target, model: row.model, pass: overlapsData(target, row.model), from: { kind: 'validate' } };
  });
}

/** Why the file's values are stale (null when current). */
export function validationStale(file: ValidationFile = VALIDATION): string | null {
  return staleReason(file);
}
