/** Services the UI calls besides the store: run control (cancel, restart). Injected so tests can fake them. */
import { createContext, useContext, type ReactNode } from 'react';

export interface RunActions {
  cancel(key: string): void;
  restart(key: string): void;
}

const RunActionsContext = createContext<RunActions>({ cancel: () => {}, restart: () => {} });

export function RunActionsProvider({ actions, children }: { actions: RunActions; children: ReactNode }) {
  return <RunActionsContext.Provider value={actions}>{children}</RunActionsContext.Provider>;
}

export const useRunActions = (): RunActions => useContext(RunActionsContext);
