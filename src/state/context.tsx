/** React access to the app store: a provider and a narrow-selector hook. */
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AppStore, Store } from './store';

const StoreContext = createContext<AppStore | null>(null);

export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useApp must be used inside <StoreProvider>');
  return store;
}

/** Select a slice of state; pass a narrow selector (or wrap it in useShallow) to avoid re-renders. */
export function useApp<T>(selector: (s: Store) => T): T {
  return useStore(useAppStoreApi(), selector);
}
