/**
 * English messages: the params namespace, the words the UI shows for the
 * scenario's parameters. Parameter text is built from the engine's specs
 * (src/engine/scenario/groups/), which stay the English source of truth for
 * the CLI and docs/, so English here can never drift from them. Other
 * languages write every parameter out (test/ui/editor/paramText.test.ts).
 */
import { LIVELIHOOD_LABELS, REGION_LABELS, SCENARIO_SPEC, TARGETS, type ParamSpec } from '../../../engine/index';

/** What the UI shows of one parameter. `unit` is the unit as shown: shares are edited as percentages, so "share / month" shows "% / month". */
export interface ParamMessages {
  label: string;
  description: string;
  unit: string;
  source: string;
}

/** The unit a person sees beside a value (ui/editor/display.ts scaleOf reads shares as %). */
export const shownUnit = (unit: string): string => unit.replace(/^share/, '%');

type SpecMessages<S> = { [G in keyof S]: { [K in keyof S[G]]: ParamMessages } };

function specMessages<S extends Readonly<Record<string, Readonly<Record<string, ParamSpec>>>>>(spec: S): SpecMessages<S> {
  const group = (specs: Readonly<Record<string, ParamSpec>>) =>
    Object.fromEntries(
      Object.entries(specs).map(([key, p]) => [key, { label: p.label, description: p.description, unit: shownUnit(p.unit), source: p.source }]),
    );
  return Object.fromEntries(Object.entries(spec).map(([id, specs]) => [id, group(specs)])) as SpecMessages<S>;
}

/**
 * The calibration table's targets, by id, from the engine's list: label, the
 * data as published, source, the parameter solved to hit it (calibrated
 * targets) and why it cannot be compared (where it cannot).
 */
function targetMessages(): Record<string, Record<string, string>> {
  return Object.fromEntries(
    TARGETS.map((t) => [
      t.id,
      {
        label: t.label,
        data: t.data.text,
        source: t.source,
        ...(t.status === 'calibrated' ? { parameter: t.parameter } : {}),
        ...(t.notComparable ? { notComparable: t.notComparable } : {}),
      },
    ]),
  );
}

export const params = {
  /** Parameter groups in a planner's words (the editor's sections). */
  groups: {
    budget: 'Budget and its split',
    cash: 'New cash transfer and targeting',
    stipend: 'Education stipend',
    microfinance: 'Microfinance',
    training: 'Skills training',
    farm: 'Small-farmer support',
    existingCash: 'Existing cash transfer (status quo)',
    shocks: 'Shocks and disasters',
    prices: 'Cost of living',
    population: 'Population and poverty line',
    income: 'Income dynamics',
    consumption: 'Savings and consumption',
    run: 'Simulation settings',
  },
  /** How far a default's source can be trusted (the spec's conf). */
  confidence: {
    H: 'official or peer-reviewed source',
    M: 'reputable secondary source',
    L: 'weak source',
    A: 'our assumption: no source found',
    S: 'a setting of the run or a choice of the scenario, not a claim about the world',
  },
  /** Enum options in plain language. */
  options: {
    population: 'by population',
    headcount: 'by poor people (headcount)',
    gap: 'by poverty gap',
    backwardFirst: 'backward regions first',
    custom: 'custom shares',
    budget: 'poorest first until the budget is used',
    cutoff: 'everyone below a fixed PMT cut-off',
  },
  /**
   * An option as the assumptions table lists it among the allowed ones:
   * English gives the scenario file's own word, which researchers look up
   * (the table adds it after the plain name: display.allowedOption); other
   * languages give its plain name. Values and defaults use `options`.
   */
  optionCodes: {
    population: 'population',
    headcount: 'headcount',
    gap: 'gap',
    backwardFirst: 'backwardFirst',
    custom: 'custom',
    budget: 'budget',
    cutoff: 'cutoff',
  },
  /** How values are written: a range, and the separators of a list of numbers and of a record's parts. {{unit}} comes with its leading space. */
  format: {
    range: '{{min}} to {{max}}{{unit}}',
    list: ', ',
    parts: '; ',
    /** One entry of a record parameter, as an uncertain one is named: "Disaster rate (rural): Sindh". {{entry}}: its name from `keys`. */
    entry: '{{label}}: {{entry}}',
  },
  /** A switch's value. */
  values: { on: 'on', off: 'off' },
  /** Record keys: programmes, regions (the engine's names) and livelihoods. */
  keys: {
    cash: 'Cash transfer',
    stipend: 'Education stipend',
    microfinance: 'Microfinance (subsidy and risk fund)',
    training: 'Skills training',
    farm: 'Small-farmer support',
    admin: 'Administration',
    ...REGION_LABELS,
    ...LIVELIHOOD_LABELS,
  },
  /** Every parameter, by group and key, from the specs. */
  spec: specMessages(SCENARIO_SPEC),
  targets: targetMessages(),
};
