/**
 * The app's one store, in slices (zustand's recommended shape): scenarios,
 * runs, UI, sensitivity analyses, optimisations and imported household data. A vanilla store (no React) so tests and the run wiring can use
 * it directly; components read it through narrow selectors.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { createScenariosSlice, type ScenariosSlice } from './scenariosSlice';
import { createRunsSlice, type RunsSlice } from './runsSlice';
import { createUiSlice, type UiSlice } from './uiSlice';
import { createSensitivitySlice, type SensitivitySlice } from './sensitivitySlice';
import { createHouseholdsSlice, type HouseholdsSlice } from './householdsSlice';
import { createOptimiseSlice, type OptimiseSlice } from './optimiseSlice';
import { DEFAULT_COMPARISON, presetById } from './presets';
import { settleColors } from './colorPlaces';

export type Store = ScenariosSlice & RunsSlice & UiSlice & SensitivitySlice & OptimiseSlice & HouseholdsSlice;

/** A fresh store holding the default comparison: baseline vs Rs 80, 100 and 120 bn a year. */
export function createAppStore(): StoreApi<Store> {
  const store = createStore<Store>()((...a) => ({
    ...createScenariosSlice(...a),
    ...createRunsSlice(...a),
    ...createUiSlice(...a),
    ...createSensitivitySlice(...a),
    ...createOptimiseSlice(...a),
    ...createHouseholdsSlice(...a),
  }));
  const st = store.getState();
  const [baselinePreset, ...compared] = DEFAULT_COMPARISON;
  const preset = presetById(baselinePreset)!;
  const baselineId = st.addScenario(preset.make(), { named: preset.autoName ? 'auto' : 'user' });
  store.setState({ baselineId });
  for (const id of compared) st.createFromPreset(id);
  const first = store.getState().order[1]!;
  store.setState({ activeId: first });
  // Each scenario keeps its colour while it is open, whatever is added, removed or made the baseline (palette settleColors).
  const settle = (s: Store) => {
    const colors = settleColors(s.colors, s.order, s.baselineId);
    const same = Object.keys(colors).length === Object.keys(s.colors).length && Object.entries(colors).every(([id, p]) => s.colors[id] === p);
    if (!same) store.setState({ colors });
  };
  settle(store.getState());
  store.subscribe((s, prev) => {
    if (s.order !== prev.order || s.baselineId !== prev.baselineId || s.colors !== prev.colors) settle(s);
  });
  return store;
}

export type AppStore = StoreApi<Store>;

export function useAppStore<T>(store: AppStore, selector: (s: Store) => T): T {
  return useStore(store, selector);
}
