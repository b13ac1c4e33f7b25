/**
 * Parameter specifications: the single source of every default, unit, range
 * and source. The scenario type, validation, defaults and the UI's editor are
 * all derived from these specs, so adding a parameter is one edit here.
 */

/**
 * Confidence in a default's source: H official or peer-reviewed, M reputable secondary, L single or self-reported,
 * A our assumption (no source found); S a setting of the run or a choice the scenario makes (the seed, the horizon, a
 * stress multiplier), which claims nothing about the world and so needs no source (marked A, a printed seed read as an
 * unsourced guess).
 */
export type Confidence = 'H' | 'M' | 'L' | 'A' | 'S';

interface SpecBase {
  label: string;
  description: string;
  /** Where the default comes from (the project's sourced calibration facts; docs/model.md), or why we assumed it. */
  source: string;
  conf: Confidence;
  unit: string;
  /**
   * The parameter is read only when the sibling parameter `key` (same group) has one of the values `is`;
   * otherwise the model never reads it and changing it changes no number (test/engine/onlyWhen.test.ts
   * holds each such claim to that). The editor greys it out and says when it applies.
   */
  onlyWhen?: { key: string; is: readonly (string | boolean)[] };
}

export interface NumberSpec extends SpecBase {
  kind: 'number';
  default: number;
  min: number;
  max: number;
  integer?: boolean;
  /**
   * A change in log income (unit 'log income'), and its direction: the editor says what it does to income
   * ("income × 0.78, −22%"), since few readers think in logs.
   */
  logChange?: 'rise' | 'fall';
  /**
   * A month of the run, stored counted from 0 (the run's first month), as the engine steps through them and the
   * scenario file and the CLI give it. The app shows it counted from 1, as its charts count months (month 1 is the
   * first), with its range and default (ui/editor/display scaleOf).
   */
  monthOfRun?: boolean;
}

export interface BooleanSpec extends SpecBase {
  kind: 'boolean';
  default: boolean;
}

export interface EnumSpec<O extends string = string> extends SpecBase {
  kind: 'enum';
  default: O;
  options: readonly O[];
}

/** A list of numbers, e.g. one value per year. */
export interface ArraySpec extends SpecBase {
  kind: 'array';
  default: readonly number[];
  min: number;
  max: number;
  minLength: number;
  maxLength: number;
}

/** A fixed set of named numbers, e.g. one value per region; optionally summing to 1. */
export interface RecordSpec<K extends string = string> extends SpecBase {
  kind: 'record';
  keys: readonly K[];
  default: Readonly<Record<K, number>>;
  min: number;
  max: number;
  sumsToOne?: boolean;
  /**
   * Of shares that sum to one: entries that keep their value when another entry is moved (the others make room),
   * such as administration, a running cost of the whole budget (the optimiser holds it too, unless given bounds).
   * Moving a held entry itself rescales the others as usual.
   */
  held?: readonly K[];
}

export type ParamSpec = NumberSpec | BooleanSpec | EnumSpec | ArraySpec | RecordSpec;
export type GroupSpec = Readonly<Record<string, ParamSpec>>;

/** The value type a spec accepts. */
export type ValueOf<S> = S extends NumberSpec
  ? number
  : S extends BooleanSpec
    ? boolean
    : S extends EnumSpec<infer O>
      ? O
      : S extends ArraySpec
        ? number[]
        : S extends RecordSpec<infer K>
          ? Record<K, number>
          : never;

export type GroupValues<G extends GroupSpec> = { -readonly [P in keyof G]: ValueOf<G[P]> };
