/** Services the UI calls besides the store: run control (cancel, run again). Injected so tests can fake them. */
import { createContext, useContext, type ReactNode } from 'react';

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
