/** Services the UI calls besides the store: run control (cancel, run again), sensitivity analyses, optimisations and household import. Injected so tests can fake them. */
import { createContext, useContext, type ReactNode } from 'react';
import type { SensitivityActions } from './sensitivity';
import type { HouseholdActions } from './households';
import type { OptimiseActions } from './optimise';

export type { SensitivityActions } from './sensitivity';
export type { HouseholdActions } from './households';
export type { OptimiseActions } from './optimise';

export interface RunActions {
  /** Stop the comparison on screen, keeping every replication done. */
  cancel(): void;
  /** Continue it from the replications done. */
  resume(): void;
}

const RunActionsContext = createContext<RunActions>({ cancel: () => {}, resume: () => {} });

export function RunActionsProvider({ actions, children }: { actions: RunActions; children: ReactNode }) {
  return <RunActionsContext.Provider value={actions}>{children}</RunActionsContext.Provider>;
}

export const useRunActions = (): RunActions => useContext(RunActionsContext);

const SensitivityContext = createContext<SensitivityActions | null>(null);

export function SensitivityProvider({ actions, children }: { actions: SensitivityActions; children: ReactNode }) {
  return <SensitivityContext.Provider value={actions}>{children}</SensitivityContext.Provider>;
}

/** The sensitivity analyses' runner (app/sensitivity); null where none was provided (the view then offers no Run). */
export const useSensitivity = (): SensitivityActions | null => useContext(SensitivityContext);

const OptimiseContext = createContext<OptimiseActions | null>(null);

export function OptimiseProvider({ actions, children }: { actions: OptimiseActions | null; children: ReactNode }) {
  return <OptimiseContext.Provider value={actions}>{children}</OptimiseContext.Provider>;
}

/** The optimiser's runner (app/optimise); null where none was provided (the view then offers no Run). */
export const useOptimise = (): OptimiseActions | null => useContext(OptimiseContext);

const HouseholdsContext = createContext<HouseholdActions | null>(null);

export function HouseholdsProvider({ actions, children }: { actions: HouseholdActions | null; children: ReactNode }) {
  return <HouseholdsContext.Provider value={actions}>{children}</HouseholdsContext.Provider>;
}

/** Household import (app/households); null where none was provided (the levers then offer no import). */
export const useHouseholds = (): HouseholdActions | null => useContext(HouseholdsContext);
