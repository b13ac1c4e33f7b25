/**
 * The sensitivity file `sim sensitivity` writes: the design a scenario's
 * uncertainty gives for a method, and the JSON built from the outcomes of
 * its points. One function builds the bytes for the unsharded run and for
 * `sim sensitivity-merge`, so both write the same file. Browser-safe: it
 * imports only the engine.
 *
 * With a comparator scenario B (`--versus`), the design is of pairs and the
 * outcome at each point is A's minus B's (engine pairedDifference.ts); the
 * file then names both scenarios and says so.
 */
import {
  ENGINE_VERSION, SOBOL_BOOTSTRAP, pairedSobolDesign, pairedTornadoDesign, sobolDesign, sobolRows, tornadoBars, tornadoDesign, versusProblem,
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

/**
 * The design for the settings, or why the scenario has none (no uncertain
 * parameters, too many for Sobol'); with `versus`, the design of the paired
 * difference scenario − versus, or why they cannot be paired.
 */
export function buildDesign(sc: Scenario, settings: SensitivitySettings, versus?: Scenario): DesignBuilt {
  if (versus) {
    const problem = versusProblem(sc, versus);
    if (problem) return { ok: false, problem };
  }
  if (Object.keys(sc.uncertainty).length === 0 && Object.keys(versus?.uncertainty ?? {}).length === 0)
    return {
      ok: false,
      problem:
        `${versus ? 'neither scenario has' : 'the scenario has no'} uncertain parameters ("uncertainty" is empty), so there is nothing to analyse; ` +
        'mark at least one, e.g. "uncertainty": {"policy.cash.takeUp": {"dist": "uniform", "low": 0.6, "high": 0.9}}',
    };
  try {
    if (settings.method === 'tornado') return { ok: true, design: { method: 'tornado', design: versus ? pairedTornadoDesign(sc, versus) : tornadoDesign(sc) } };
    return { ok: true, design: { method: 'sobol', design: versus ? pairedSobolDesign(sc, versus, settings.samples) : sobolDesign(sc, settings.samples) } };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, problem: settings.method === 'sobol' ? `no Sobol\u2019 design: ${why}` : why };
  }
}

/** What a paired file says about its outcome: which scenario minus which. */
export function differenceOf(sc: Scenario, versus: Scenario, outcome: Outcome) {
  return { of: sc.name, minus: versus.name, outcome: `${outcome}(${JSON.stringify(sc.name)}) \u2212 ${outcome}(${JSON.stringify(versus.name)})` };
}

export const designPoints = (d: SensitivityDesign): readonly Scenario[] => d.design.points;

export type DocumentBuilt = { ok: true; text: string } | { ok: false; problem: string };

/**
 * The file's text from every point's outcome, in the design's order. Sobol'
 * indices need a finite outcome at every point (cost per exit has none
 * where a point adds no exits), so that is refused with the count.
 */
export function sensitivityText(
  sc: Scenario, settings: SensitivitySettings, design: SensitivityDesign, outcomes: readonly number[], versus?: Scenario,
): DocumentBuilt {
  const { seed, replications, households, months } = sc.run;
  const points = design.design.points.length;
  if (outcomes.length !== points) throw new RangeError(`sensitivity: expected ${points} outcomes, got ${outcomes.length}`);
  // A paired design runs both scenarios at every point: twice the scenario runs (the world's part of each replication is shared).
  const runs = versus ? 2 * points : points;
  const head = {
    format: 'sensitivity',
    version: 1,
    engineVersion: ENGINE_VERSION,
    method: settings.method,
    outcome: settings.outcome,
    ...(versus ? { difference: differenceOf(sc, versus, settings.outcome) } : {}),
    seed,
    replications,
    // On imported data: its rows, and the data named as in the scenario (absent for the synthetic population).
    households: sc.households ? sc.households.rows : households,
    ...(sc.households ? { householdData: sc.households } : {}),
    months,
    parameters: design.design.parameters.map(({ path, distribution, nominal, uncertainIn }) => ({ path, distribution, nominal, ...(versus ? { uncertainIn } : {}) })),
    ...(versus ? { designPoints: points } : {}),
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
        problem: `the outcome ${settings.outcome}${versus ? ' (a difference)' : ''} is undefined at ${undefinedAt} of ${points} design points (e.g. cost per exit where no exit is added), so Sobol\u2019 indices cannot be computed; choose another outcome or more households or replications`,
      };
    const { rows, variance } = sobolRows(design.design, outcomes, { bootstrap, seed });
    doc = { ...head, samples, bootstrap, variance, rows };
  }
  // JSON.stringify writes NaN and ±Infinity as null, which is the contract for undefined statistics.
  return { ok: true, text: `${JSON.stringify(doc, null, 2)}\n` };
}
