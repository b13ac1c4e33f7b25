/**
 * The sensitivity file `sim sensitivity` writes: the design a scenario's
 * uncertainty gives for a method, and the JSON built from the outcomes of
 * its points. One function builds the bytes for the unsharded run and for
 * `sim sensitivity-merge`, so both write the same file. Browser-safe: it
 * imports only the engine.
 */
import {
  ENGINE_VERSION, SOBOL_BOOTSTRAP, sobolDesign, sobolRows, tornadoBars, tornadoDesign,
  type Outcome, type Scenario, type SobolDesign, type TornadoDesign,
} from '../../engine/index';

export const SENSITIVITY_METHODS = ['tornado', 'sobol'] as const;
export type SensitivityMethod = (typeof SENSITIVITY_METHODS)[number];

/**
 * Sobol' defaults. 64 base samples is a power of two (where Sobol' points are
 * best balanced) and, for a few parameters, a few hundred engine runs; 500
 * bootstrap resamples is sobolIndices' own default.
 */
export const DEFAULT_SAMPLES = 64;
export const DEFAULT_BOOTSTRAP = SOBOL_BOOTSTRAP;

export type SensitivitySettings =
  | { method: 'tornado'; outcome: Outcome }
  | { method: 'sobol'; outcome: Outcome; samples: number; bootstrap: number };

export type SensitivityDesign = { method: 'tornado'; design: TornadoDesign } | { method: 'sobol'; design: SobolDesign };

export type DesignBuilt = { ok: true; design: SensitivityDesign } | { ok: false; problem: string };

/** The design for the settings, or why the scenario has none (no uncertain parameters, too many for Sobol'). */
export function buildDesign(sc: Scenario, settings: SensitivitySettings): DesignBuilt {
  if (Object.keys(sc.uncertainty).length === 0)
    return {
      ok: false,
      problem:
        'the scenario has no uncertain parameters ("uncertainty" is empty), so there is nothing to analyse; ' +
        'mark at least one, e.g. "uncertainty": {"policy.cash.takeUp": {"dist": "uniform", "low": 0.6, "high": 0.9}}',
    };
  if (settings.method === 'tornado') return { ok: true, design: { method: 'tornado', design: tornadoDesign(sc) } };
  try {
    return { ok: true, design: { method: 'sobol', design: sobolDesign(sc, settings.samples) } };
  } catch (e) {
    return { ok: false, problem: `no Sobol\u2019 design: ${e instanceof Error ? e.message : String(e)}` };
  }
}

export const designPoints = (d: SensitivityDesign): readonly Scenario[] => d.design.points;

export type DocumentBuilt = { ok: true; text: string } | { ok: false; problem: string };

/**
 * The file's text from every point's outcome, in the design's order. Sobol'
 * indices need a finite outcome at every point (cost per exit has none
 * where a point adds no exits), so that is refused with the count.
 */
export function sensitivityText(sc: Scenario, settings: SensitivitySettings, design: SensitivityDesign, outcomes: readonly number[]): DocumentBuilt {
  const { seed, replications, households, months } = sc.run;
  const runs = design.design.points.length;
  if (outcomes.length !== runs) throw new RangeError(`sensitivity: expected ${runs} outcomes, got ${outcomes.length}`);
  const head = {
    format: 'sensitivity',
    version: 1,
    engineVersion: ENGINE_VERSION,
    method: settings.method,
    outcome: settings.outcome,
    seed,
    replications,
    // On imported data: its rows, and the data named as in the scenario (absent for the synthetic population).
    households: sc.households ? sc.households.rows : households,
    ...(sc.households ? { householdData: sc.households } : {}),
    months,
    parameters: design.design.parameters.map(({ path, distribution, nominal }) => ({ path, distribution, nominal })),
    runs,
    replicationRuns: runs * replications,
  };
  let doc: Record<string, unknown>;
  if (design.method === 'tornado') doc = { ...head, bars: tornadoBars(design.design, outcomes) };
  else {
    const { samples, bootstrap } = settings as Extract<SensitivitySettings, { method: 'sobol' }>;
    const undefinedAt = outcomes.filter((v) => !Number.isFinite(v)).length;
    if (undefinedAt > 0)
      return {
        ok: false,
        problem: `the outcome ${settings.outcome} is undefined at ${undefinedAt} of ${runs} design points (e.g. cost per exit where no exit is added), so Sobol\u2019 indices cannot be computed; choose another outcome or more households or replications`,
      };
    const { rows, variance } = sobolRows(design.design, outcomes, { bootstrap, seed });
    doc = { ...head, samples, bootstrap, variance, rows };
  }
  // JSON.stringify writes NaN and ±Infinity as null, which is the contract for undefined statistics.
  return { ok: true, text: `${JSON.stringify(doc, null, 2)}\n` };
}
