/**
 * Sensitivity analyses (the Sensitivity view): the settings the reader chose
 * and the analyses run while the app is open, by scenario and settings
 * (sensitivityKey), so switching views keeps them. Not saved: an analysis
 * is quick to run again and its scenario may have changed by the next visit.
 * The analysis itself runs in app/sensitivity on the app's runner. With a
 * comparator ("difference from"), the outcome is the paired difference
 * between the active scenario and that one.
 */
import type { StateCreator } from 'zustand';
import type { Outcome, Scenario, SobolRow, TornadoBar } from '../engine/index';
import { runKey } from '../run/runKey';
import type { Store } from './store';

export type SensitivityMethod = 'tornado' | 'sobol';

/** Sobol' sample sizes offered (powers of 2: the Sobol' sequence is balanced on them). */
export const SOBOL_SAMPLES = [16, 32, 64, 128] as const;

export interface SensitivitySettings {
  outcome: Outcome;
  method: SensitivityMethod;
  /** Sobol' samples N: the design costs N × (D + 2) scenario runs. */
  samples: number;
  /** The scenario (by id) whose outcome is subtracted, for a paired difference; none by default. */
  versus?: string | null;
}

export type SensitivityResult =
  | { method: 'tornado'; bars: TornadoBar[] }
  | { method: 'sobol'; rows: SobolRow[]; variance: number; samples: number };

export interface SensitivityAnalysis {
  key: string;
  settings: SensitivitySettings;
  status: 'running' | 'done' | 'failed';
  /** Replications delivered so far over all design points, and the total. */
  done: number;
  total: number;
  /** Design points and the replications of each (a paired difference runs two scenarios at each point). */
  points: number;
  replications: number;
  /** Whether the outcome is a paired difference between two scenarios. */
  paired?: boolean;
  result: SensitivityResult | null;
  error: string | null;
}

export interface SensitivitySlice {
  sensitivitySettings: SensitivitySettings;
  /** By sensitivityKey. */
  sensitivity: Record<string, SensitivityAnalysis>;
  setSensitivitySettings(next: Partial<SensitivitySettings>): void;
  putSensitivity(analysis: SensitivityAnalysis): void;
  dropSensitivity(key: string): void;
}

/**
 * What fixes an analysis's numbers: the scenario's run (not its name), its replications and uncertainty, and the
 * settings; for a paired difference, the comparator's run and uncertainty too (not its id: renaming changes nothing).
 */
export function sensitivityKey(sc: Scenario, settings: SensitivitySettings, versus?: Scenario): string {
  const samples = settings.method === 'sobol' ? `|${settings.samples}` : '';
  const minus = versus ? `|versus:${runKey(versus)}|${JSON.stringify(versus.uncertainty)}` : '';
  return `${runKey(sc)}|${sc.run.replications}|${JSON.stringify(sc.uncertainty)}|${settings.outcome}|${settings.method}${samples}${minus}`;
}

export const createSensitivitySlice: StateCreator<Store, [], [], SensitivitySlice> = (set) => ({
  sensitivitySettings: { outcome: 'additionalSustainedExits', method: 'tornado', samples: SOBOL_SAMPLES[0], versus: null },
  sensitivity: {},
  setSensitivitySettings: (next) => set((st) => ({ sensitivitySettings: { ...st.sensitivitySettings, ...next } })),
  putSensitivity: (analysis) => set((st) => ({ sensitivity: { ...st.sensitivity, [analysis.key]: analysis } })),
  dropSensitivity: (key) =>
    set((st) => {
      const sensitivity = { ...st.sensitivity };
      delete sensitivity[key];
      return { sensitivity };
    }),
});
