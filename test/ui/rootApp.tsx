/**
 * The whole app drawn as the browser app draws it, for tests that change its language or open a modal over it: the
 * store, the language connected as app/locale.ts connects it (`byUi`, the screen drawn afresh by ui/Root), in English,
 * its saved choices in memory, its runs and sensitivity analyses mocks.
 */
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { connectLocale } from '../../src/app/locale';
import type { HouseholdActions } from '../../src/app/services';
import { applyLocale } from '../../src/i18n/index';
import { createAppStore, type AppStore } from '../../src/state/store';
import { Root } from '../../src/ui/Root';

/** Storage held in memory, empty: no language chosen before. */
const storage = () => {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k) };
};

export interface AppInRootOptions<H> {
  /** The import service, made on the app's store; none by default. */
  households?: (store: AppStore) => H;
  /** Draw into a `#root` added to the body, as in index.html (the caller removes it after the test). */
  intoRoot?: boolean;
  /** Done to the store once the language is connected, before the app is drawn. */
  before?: (store: AppStore) => void;
}

/**
 * The app in Root, in English. Returns its store, `stop` (the language's connection ended), the element it is drawn
 * in, the import service made, and the active scenario as it is now.
 */
export function appInRoot<H extends HouseholdActions | undefined = undefined>({ households, intoRoot = false, before }: AppInRootOptions<H> = {}) {
  const store = createAppStore();
  const stop = connectLocale(store, storage(), document, true);
  applyLocale('en', 'international', document);
  const services = households?.(store) as H;
  const app = {
    store, households: services, actions: { cancel: vi.fn(), resume: vi.fn() }, sensitivity: { run: vi.fn(), cancel: vi.fn(), dispose: vi.fn() },
  } as unknown as Parameters<typeof Root>[0]['app'];
  before?.(store);
  let container: HTMLElement | undefined;
  if (intoRoot) {
    container = document.body.appendChild(document.createElement('div'));
    container.id = 'root';
  }
  const { container: root } = render(<Root app={app} />, container && { container });
  const active = () => store.getState().scenarios[store.getState().activeId]!;
  return { store, stop, root, households: services, active };
}
