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
  ENGINE_VERSION, PAYING_PROGRAMMES, SOBOL_BOOTSTRAP, hasMoney, noSpread, pairedSobolDesign, pairedTornadoDesign, sobolDesign, sobolRows, tornadoBars, tornadoDesign, uncertainPaths, unmovedBars,
  uncertainSpec, versusProblem,
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

/** An uncertain parameter the design leaves out, and why. */
export interface LeftOut {
  path: string;
  /** 'read only when policy.cash.targeting is "cutoff" (it is "budget")'. */
  reason: string;
}

/**
 * The parameters marked uncertain (in either scenario) that the design
 * leaves out because the scenario's other settings never read them (the
 * engine's isRead: the flood's loss with the flood off), with the setting
 * that would bring each in. Said on stderr and in the file, so a parameter
 * the user asked about never silently disappears.
 */
export function leftOutParameters(sc: Scenario, design: SensitivityDesign, versus?: Scenario): LeftOut[] {
  const analysed = new Set(design.design.parameters.map((p) => p.path));
  const marked = [...new Set([...uncertainPaths(sc), ...(versus ? uncertainPaths(versus) : [])])].sort();
  return marked.filter((path) => !analysed.has(path)).map((path) => ({ path, reason: unreadBecause(path, sc, versus) }));
}

function unreadBecause(path: string, sc: Scenario, versus?: Scenario): string {
  const noMoney = noMoneyBecause(path, sc, versus);
  if (noMoney) return noMoney;
  const cond = uncertainSpec(path)?.onlyWhen;
  if (!cond) return 'the scenario\u2019s settings do not read it';
  const [part, group] = path.split('.') as ['policy' | 'world', string];
  const setting = `${part}.${group}.${cond.key}`;
  const valueIn = (s: Scenario) => JSON.stringify((s[part] as unknown as Record<string, Record<string, unknown>>)[group]?.[cond.key]);
  const a = valueIn(sc);
  const b = versus ? valueIn(versus) : a;
  const now = a === b ? `it is ${a}${versus ? ' in both' : ''}` : `it is ${a} in the scenario and ${b} in the versus scenario`;
  return `read only when ${setting} is ${cond.is.map((v) => JSON.stringify(v)).join(' or ')} (${now})`;
}

/** Why a programme's parameter is unread for want of money (hasMoney), or undefined if that is not why. */
function noMoneyBecause(path: string, sc: Scenario, versus?: Scenario): string | undefined {
  const [part, group, key] = path.split('.');
  if (part !== 'policy' || !(PAYING_PROGRAMMES as readonly string[]).includes(group!)) return undefined;
  const all = group === 'cash' && key === 'categoricalBonus';
  const programmes = all ? PAYING_PROGRAMMES : [group as (typeof PAYING_PROGRAMMES)[number]];
  const scenarios = versus ? [sc, versus] : [sc];
  if (scenarios.some((s) => programmes.some((p) => hasMoney(s, p)))) return undefined;
  const where = versus ? ' in either scenario' : '';
  if (all) return `it orders households for every programme's targeting, and no programme has money${where}`;
  const zeroBudget = scenarios.every((s) => s.policy.budget.annualBn.every((bn) => bn === 0));
  return zeroBudget ? `its programme has no money: policy.budget.annualBn is 0 in every year${where}` : `its programme has no money: policy.budget.programmeShares.${group} is 0${where}`;
}

/** One stderr line naming the left-out parameters, or none. */
export function leftOutLines(leftOut: readonly LeftOut[]): string[] {
  if (leftOut.length === 0) return [];
  const n = leftOut.length;
  return [
    `left out ${n} uncertain parameter${n === 1 ? '' : 's'} the model does not read under the scenario\u2019s settings (varying ${n === 1 ? 'it' : 'them'} could change nothing):`,
    ...leftOut.map((l) => `  ${l.path}: ${l.reason}`),
  ];
}

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
    const tornado: SensitivityDesign = { method: 'tornado', design: versus ? pairedTornadoDesign(sc, versus) : tornadoDesign(sc) };
    // Every parameter unread: a tornado of no bars, or a Sobol' refusal saying "no uncertain parameters"; say which and why instead.
    if (tornado.design.parameters.length === 0) {
      const leftOut = leftOutParameters(sc, tornado, versus);
      return {
        ok: false,
        problem: `the model reads none of the uncertain parameters under the scenario\u2019s settings, so there is nothing to analyse: ${leftOut.map((l) => `${l.path}, ${l.reason}`).join('; ')}`,
      };
    }
    if (settings.method === 'tornado') return { ok: true, design: tornado };
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

/** `notes`: what a reader of the file should be told on stderr (bars without a swing). */
export type DocumentBuilt = { ok: true; text: string; notes: string[] } | { ok: false; problem: string };

/** Why an outcome undefined at some design points (cost per exit where a point adds no exit) is a problem, and what to do. */
const undefinedOutcome = (outcome: Outcome, versus: boolean, undefinedAt: number, points: number) =>
  `the outcome ${outcome}${versus ? ' (a difference)' : ''} is undefined at ${undefinedAt} of ${points} design points (e.g. cost per exit where no exit is added)`;
const REMEDY = 'choose another outcome or more households or replications';

/**
 * The file's text from every point's outcome, in the design's order. Sobol'
 * indices need a finite outcome at every point (cost per exit has none
 * where a point adds no exits), so that is refused with the count; so is a
 * tornado none of whose bars has a swing (a file of null bars says
 * nothing), while one with some such bars is written and they are noted.
 */
export function sensitivityText(
  sc: Scenario, settings: SensitivitySettings, design: SensitivityDesign, outcomes: readonly number[], versus?: Scenario,
): DocumentBuilt {
  const { seed, replications, households, months } = sc.run;
  const points = design.design.points.length;
  if (outcomes.length !== points) throw new RangeError(`sensitivity: expected ${points} outcomes, got ${outcomes.length}`);
  // A paired design runs both scenarios at every point: twice the scenario runs (the world's part of each replication is shared).
  const runs = versus ? 2 * points : points;
  const leftOut = leftOutParameters(sc, design, versus);
  const undefinedAt = outcomes.filter((v) => !Number.isFinite(v)).length;
  const notes: string[] = [];
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
    // Each parameter's English label, as a person reads it: the spec's, or for a record's entry "Disaster rate (rural): Sindh".
    parameters: design.design.parameters.map(({ path, distribution, nominal, uncertainIn }) => ({
      path, label: uncertainSpec(path)?.label ?? path, distribution, nominal, ...(versus ? { uncertainIn } : {}),
    })),
    // Only when there are some, so files without any keep their bytes.
    ...(leftOut.length > 0 ? { leftOut } : {}),
    ...(versus ? { designPoints: points } : {}),
    runs,
    replicationRuns: runs * replications,
  };
  let doc: Record<string, unknown>;
  if (design.method === 'tornado') {
    const bars = tornadoBars(design.design, outcomes);
    const blank = bars.filter((b) => !Number.isFinite(b.swing));
    if (blank.length === bars.length)
      return { ok: false, problem: `${undefinedOutcome(settings.outcome, !!versus, undefinedAt, points)}, so no tornado bar has a swing; ${REMEDY}` };
    if (blank.length > 0)
      notes.push(
        `${undefinedOutcome(settings.outcome, !!versus, undefinedAt, points)}, so ${blank.length} of ${bars.length} bars ${blank.length === 1 ? 'has' : 'have'} no swing ` +
          `(null in the file): ${blank.map((b) => b.path).join(', ')}; ${REMEDY} to see them`,
      );
    const unmoved = unmovedBars(bars);
    if (unmoved.length > 0)
      notes.push(
        `${unmoved.length} of ${bars.length} parameters left the outcome exactly at its base value, ${bars[0]!.base} (span 0): ${unmoved.map((b) => b.path).join(', ')}; ` +
          'an outcome summed over sample households moves only when one of them changes state, so at this sample a small effect can leave it ' +
          `unmoved: a span of 0 is not evidence of no effect; more households or replications show smaller effects`,
      );
    doc = { ...head, bars };
  } else {
    const { samples, bootstrap } = settings as Extract<SensitivitySettings, { method: 'sobol' }>;
    if (undefinedAt > 0)
      return { ok: false, problem: `${undefinedOutcome(settings.outcome, !!versus, undefinedAt, points)}, so Sobol\u2019 indices cannot be computed; ${REMEDY}` };
    if (noSpread(design.design, outcomes))
      return {
        ok: false,
        problem: `the outcome took one value, ${outcomes[0]}, at all ${2 * design.design.samples} base points of the design, so its variance is 0 and Sobol\u2019 indices (shares of it) are undefined; ${REMEDY}`,
      };
    const { rows, variance } = sobolRows(design.design, outcomes, { bootstrap, seed });
    doc = { ...head, samples, bootstrap, variance, rows };
  }
  // JSON.stringify writes NaN and ±Infinity as null, which is the contract for undefined statistics.
  return { ok: true, text: `${JSON.stringify(doc, null, 2)}\n`, notes };
}
