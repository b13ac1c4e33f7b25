import type { GroupValues } from './spec';
import { simulation } from './groups/simulation';
import { budget } from './groups/budget';
import { cash, stipend } from './groups/transfers';
import { microfinance } from './groups/microfinance';
import { training, farm } from './groups/livelihoods';
import { population, income } from './groups/population';
import { shocks, prices } from './groups/shocks';

/** Every parameter, grouped the way a planner thinks. Order is the editor's order. */
export const SCENARIO_SPEC = {
  budget,
  cash,
  stipend,
  microfinance,
  training,
  farm,
  shocks,
  prices,
  population,
  income,
  simulation,
} as const;

export type ScenarioSpec = typeof SCENARIO_SPEC;
export type GroupId = keyof ScenarioSpec;

/** Current version of the scenario document; older versions are migrated forward. */
export const SCENARIO_VERSION = 1;

export type Scenario = {
  version: typeof SCENARIO_VERSION;
  name: string;
} & { [G in GroupId]: GroupValues<ScenarioSpec[G]> };
