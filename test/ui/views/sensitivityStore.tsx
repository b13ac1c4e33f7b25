/** A store whose active scenario has uncertain parameters, and the Sensitivity view rendered on it with a given runner. */
import { render } from '@testing-library/react';
import { defaultScenario, type Scenario } from '../../../src/engine/index';
import { SensitivityProvider } from '../../../src/app/services';
import { connectSensitivity } from '../../../src/app/sensitivity';
import { StoreProvider } from '../../../src/state/context';
import { createAppStore } from '../../../src/state/store';
import type { Runner } from '../../../src/run/types';
import { SensitivityView } from '../../../src/ui/views/SensitivityView';

/**
 * 1500 households × 24 months, 3 replications (as test/engine/sensitivity);
 * training has money but no one takes a place, so its course length can change nothing, while
 * the cash benefit (swinging from about Rs 1,450 to 4,230 a month) does.
 */
export function uncertainScenario(): Scenario {
  const s = defaultScenario('Uncertain cash');
  Object.assign(s.run, { households: 1500, months: 24, replications: 3, seed: 7 });
  s.policy.budget.programmeShares = { cash: 0.6, stipend: 0.1, microfinance: 0.15, training: 0.05, farm: 0.1, admin: 0 };
  s.policy.training.takeUp = 0;
  s.uncertainty = {
    'policy.training.durationMonths': { dist: 'uniform', low: 2, high: 12 },
    'policy.cash.benefitPKR': { dist: 'triangular', low: 1000, mode: 2000, high: 5000 },
  };
  return s;
}

/** `others` are opened beside the active scenario (after the baseline), for a paired difference. */
export function renderSensitivity(runner: Runner, scenario: Scenario | null = uncertainScenario(), others: readonly Scenario[] = []) {
  const store = createAppStore();
  // null: the default scenario with nothing uncertain (its own defaults mark 15 assumptions uncertain).
  const chosen = scenario ?? { ...store.getState().scenarios[store.getState().activeId]!, uncertainty: {} };
  const issues = store.getState().replaceScenario(store.getState().activeId, chosen);
  if (issues.length) throw new Error(issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  for (const other of others) store.getState().addScenario(other, { activate: false });
  store.getState().setView('sensitivity');
  const service = connectSensitivity(store, runner);
  const view = render(
    <StoreProvider store={store}>
      <SensitivityProvider actions={service}>
        <SensitivityView />
      </SensitivityProvider>
    </StoreProvider>,
  );
  return { store, service, ...view };
}
