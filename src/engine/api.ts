/**
 * The engine's public surface. Everything outside src/engine (runners, CLI,
 * UI) imports from `src/engine/index.ts`, which re-exports only these names.
 *
 * Data flow: a validated Scenario → simulateReplication(scenario, r) returns
 * one packed Float64Array per replication (plain data, transferable) → an
 * Accumulator collects them in any order → result() turns them into the
 * RunResult of the headless contract (BRIEF.md).
 */
import type { Scenario } from './scenario/types';
import type { CodedIssue } from './scenario/issueCodes';

export type { Scenario };

/**
 * One problem found while validating a scenario, addressed by its JSON path. `message` is English, as the CLI
 * prints it; a problem of the scenario checks also carries its `code` and `args` (scenario/issueCodes.ts), from
 * which the app says it in its own language. Other checks (the optimiser's constraints) have no code yet.
 */
export type ValidationIssue = { path: string; message: string } & (CodedIssue | { code?: undefined; args?: undefined });

export type ValidationResult =
  | { ok: true; scenario: Scenario }
  | { ok: false; issues: ValidationIssue[] };

/** Quantile summary of one metric across replications. Null where undefined (e.g. 0/0). */
export interface Dist {
  mean: number | null;
  p5: number | null;
  p25: number | null;
  p50: number | null;
  p75: number | null;
  p95: number | null;
}

/** Per-month bands of one metric across replications; arrays of length months. */
export interface SeriesBand {
  mean: (number | null)[];
  p5: (number | null)[];
  p25: (number | null)[];
  p50: (number | null)[];
  p75: (number | null)[];
  p95: (number | null)[];
}

export interface RunMeta {
  seed: number;
  replications: number;
  /** Sample households per replication; for imported data, the file's rows (all replications together when it has a replication column). */
  households: number;
  months: number;
  /** Always null: results never depend on the thread count, so they do not record it. */
  threads: null;
  engineVersion: string;
  /** Plain-language warnings about settings that stop a programme from spending or lending. */
  warnings: string[];
}
