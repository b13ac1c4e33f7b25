/** Providers around the app: the store and the run actions. */
import type { App as AppServices } from '../app/start';
import { RunActionsProvider } from '../app/services';
import { StoreProvider } from '../state/context';
import { App } from './App';

export function Root({ app }: { app: Pick<AppServices, 'store' | 'actions'> }) {
  return (
    <StoreProvider store={app.store}>
      <RunActionsProvider actions={app.actions}>
        <App />
      </RunActionsProvider>
    </StoreProvider>
  );
}
