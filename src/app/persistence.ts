/**
 * Keeps the user's workspace in the browser's local storage: restored at
 * start (with any problems reported, never silently dropped) and saved a
 * moment after each change to the scenarios.
 */
import type { AppStore } from '../state/store';
import { parseWorkspace, serialiseWorkspace } from '../state/workspace';
import { i18n } from '../i18n/index';

const reasonOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export const STORAGE_KEY = 'poverty-policy-simulator.workspace';

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Restore the saved workspace; true when it was read as saved, or none was saved; false when storage or the workspace could not be read. */
export function restoreWorkspace(store: AppStore, storage: KeyValueStorage): boolean {
  let text: string | null;
  try {
    text = storage.getItem(STORAGE_KEY);
  } catch (e) {
    store.getState().addNotice(() => i18n.t('common:notices.storageUnavailable', { reason: reasonOf(e) }));
    return false;
  }
  if (text === null) return true;
  const { workspace, problems } = parseWorkspace(text);
  if (workspace) store.setState(workspace);
  for (const p of problems) store.getState().addNotice(p);
  return workspace !== null;
}

/** Returns `stop`; `stop.flush()` saves a pending change at once (call it when the page is hidden or closed). */
export function saveWorkspaceOnChange(store: AppStore, storage: KeyValueStorage, delayMs = 400): (() => void) & { flush(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let warned = false;
  const save = () => {
    timer = null;
    const st = store.getState();
    try {
      storage.setItem(STORAGE_KEY, serialiseWorkspace(st));
    } catch (e) {
      if (!warned) st.addNotice(() => i18n.t('common:notices.saveFailed', { reason: reasonOf(e) }));
      warned = true;
    }
  };
  const unsubscribe = store.subscribe((st, prev) => {
    if (st.scenarios === prev.scenarios && st.meta === prev.meta && st.order === prev.order && st.activeId === prev.activeId && st.compareIds === prev.compareIds && st.colors === prev.colors) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, delayMs);
  });
  const stop = () => {
    if (timer) clearTimeout(timer);
    unsubscribe();
  };
  return Object.assign(stop, {
    flush: () => {
      if (!timer) return;
      clearTimeout(timer);
      save();
    },
  });
}
